// La interfaz en español. Typed as a Dictionary, so a key en.ts has and this file lacks is a type error;
// the build names it too (check.ts). Usted throughout, as U.S. agencies write to the public in Spanish.
import type { Dictionary } from './en';
import { searchWordsEs } from './search-words';

export const es: Dictionary = {
  'lang.name': 'Español',
  'lang.locale': 'es-US',
  'lang.ogLocale': 'es_US',
  'skip.link': 'Ir al contenido',
  'site.name': 'Informes sobre políticas públicas',

  'safety.label': 'Pida ayuda',
  'safety.needHelp': '¿Necesita ayuda?',
  'safety.short': 'Línea de ayuda:',
  'safety.call': 'llame al',
  'safety.orText': 'o envíe un texto al',
  'safety.tty': ', TTY',
  'safety.longEnd': '. Gratis y confidencial, las 24 horas, todos los días. En una emergencia, llame al',
  'safety.shortEnd': ', las 24 horas. Emergencias:',
  'safety.exit': 'Salir de esta página',

  'footer.browseId': 'navegar-con-seguridad',
  'footer.browseHeading': 'Navegar con seguridad',
  'footer.browseText':
    '"Salir de esta página" (u oprimir la tecla Shift tres veces seguidas, sin otra tecla) cierra la página al instante, pero no puede borrar su historial de navegación: con el botón Atrás todavía se ven las páginas de este sitio que usted abrió antes. Si alguien puede revisar su teléfono o su computadora, use una ventana privada o de incógnito, o borre después las páginas de este sitio de su historial. El sitio no carga nada de otros sitios web y solo guarda en este navegador las preguntas de la guía de conversación que usted marque para la reunión; al salir, se borran.',
  'footer.helpId': 'pedir-ayuda',
  'footer.helpHeading': 'Pida ayuda',
  'footer.helpBefore': '',
  'footer.helpCalls': 'atiende llamadas al',
  'footer.helpTexts': 'y mensajes de texto al',
  'footer.helpAfter': ', en español y en muchos otros idiomas, a cualquier hora. En una emergencia, llame al 911.',
  'footer.navLabel': 'Pie de página',
  'footer.linksId': 'enlaces-del-sitio',
  'footer.theBrief': 'El informe completo, en inglés: {title}',
  'footer.search': 'Buscar',
  'footer.about': 'Acerca del sitio, fuentes y privacidad (en inglés)',

  'header.navLabel': 'Sitio',
  'header.brief': 'El informe (en inglés)',
  'header.fullText': 'Texto completo',
  'header.guide': 'Guía de conversación',
  'header.about': 'Acerca del sitio',
  'header.search': 'Buscar',

  'switch.label': 'Idioma',
  'switch.readIn': 'Leer en español',

  'section.kicker': 'Sección {order} de {total}',
  'section.minRead': 'Lectura de {minutes} min',
  'section.lastReviewed': 'Revisado el',
  'toc.title': 'En esta página',
  'sources.heading': 'Fuentes (en inglés)',
  'sources.headingFor': ' de {title}',
  'sources.back': 'Volver a la cita',
  'sources.backN': 'Volver a la cita {n}',
  'cite.label': 'Fuente {n}',
  'term.inEnglish': ' (en inglés)',

  'notFound.title': 'Página no encontrada',
  'notFound.description':
    'Esta dirección no corresponde a ninguna página del sitio. La lista de abajo lleva a cada sección.',
  'notFound.heading': 'No encontramos esa página',
  'notFound.lead':
    'Puede que la dirección esté mal escrita o que el enlace sea más antiguo que el sitio. Abajo están todas las secciones del informe.',
  'notFound.worried': '¿Le preocupa alguien?',
  'notFound.briefLists': 'El informe {title} presenta',
  'notFound.signs': 'las señales de alerta y a quién llamar',
  'notFound.wholeBrief': 'El informe completo en una sola página',
  'notFound.home': 'Ir a la página de inicio',

  ...searchWordsEs,
};
