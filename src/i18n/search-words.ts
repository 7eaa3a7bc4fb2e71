// Search's interface words, part of each language's dictionary (en.ts and es.ts spread them in) but kept in
// their own module because they ship to readers: the search bundle imports this file alone, not the whole
// interface. {name} marks a value the code fills in.
import { fill } from './fill';

export const searchWordsEn = {
  'search.title': 'Search',
  'search.label': 'Search the brief',
  'search.hint': 'Results update as you type. Use the arrow keys to move through them and Enter to open one.',
  'search.results': 'Search results',
  'search.more': 'More results',
  'search.close': 'Close',
  'search.narrow': 'Narrow the results',
  'search.filterKind': 'Kind of page',
  'search.filterBrief': 'Brief',
  'search.failed': 'Search could not load. Check your connection and try again, or browse the sections below.',
  'search.bundleFailed':
    'Search could not load: the connection may have dropped. Reload the page to try again. Every section is listed below.',
  'search.empty': 'Type a word or a name, or pick a topic.',
  'search.forQuery': 'for “{query}”',
  'search.inFilters': 'in the chosen filters',
  'search.none': 'No results {what}.',
  'search.one': '1 result {what}',
  'search.many': '{count} results {what}',
  'search.showing': ', showing the first {shown}',
  'search.didYouMean': 'Did you mean ',
  'search.or': ' or ',
  'search.tryShorter': 'Try a shorter or more general word, or one of these topics.',
  'search.topics': 'Suggested topics',
  'search.helpLabel': 'Help and where to start',
  'search.helpTitle': 'Looking for help, or a place to start?',
  'search.helpCall': 'To talk to someone now, call the {name} at ',
  'search.helpText': ' or text ',
  'search.helpAfter': '. It is free, confidential and open 24 hours a day. In an emergency, call ',
  'search.signs': 'The warning signs of trafficking',
  'search.signsAfter': ': what to look for, and what to do.',
  'search.everySection': 'Every section of {title}',
  'search.inOrder': ', in reading order.',
  'search.noScript':
    'Search runs in your browser and needs JavaScript, which is turned off or still loading. Every section is listed below in the meantime.',
  'search.pageDescription':
    'Search every section of the brief for a law, a program, a place or a word, and land on the paragraph that explains it.',
  'search.browse': 'Browse the sections',
  'search.browseId': 'browse-title',
  // What each kind of page is called in search's filters and results (Base.astro's searchKind, in English).
  'kind.Brief section': 'Brief section',
  'kind.About the site': 'About the site',
  'kind.Corrections': 'Corrections',
  'kind.Discussion guide': 'Discussion guide',
  'kind.Figure': 'Figure',
  'kind.Glossary': 'Glossary',
  'kind.Timeline': 'Timeline',
  'kind.Reference': 'Reference',
} as const;

export type SearchWords = Record<keyof typeof searchWordsEn, string>;

export const searchWordsEs: SearchWords = {
  'search.title': 'Buscar',
  'search.label': 'Buscar en el informe',
  'search.hint':
    'Los resultados cambian mientras escribe. Use las flechas para recorrerlos y la tecla Enter para abrir uno.',
  'search.results': 'Resultados de la búsqueda',
  'search.more': 'Más resultados',
  'search.close': 'Cerrar',
  'search.narrow': 'Acotar los resultados',
  'search.filterKind': 'Tipo de página',
  'search.filterBrief': 'Informe',
  'search.failed':
    'No se pudo cargar la búsqueda. Revise su conexión y vuelva a intentarlo, o consulte la lista de secciones de abajo.',
  'search.bundleFailed':
    'No se pudo cargar la búsqueda: puede que se haya cortado la conexión. Vuelva a cargar la página para intentarlo de nuevo. Abajo están todas las secciones.',
  'search.empty': 'Escriba una palabra o un nombre, o elija un tema.',
  'search.forQuery': 'para “{query}”',
  'search.inFilters': 'con los filtros elegidos',
  'search.none': 'No hay resultados {what}.',
  'search.one': '1 resultado {what}',
  'search.many': '{count} resultados {what}',
  'search.showing': '; se muestran los primeros {shown}',
  'search.didYouMean': '¿Quiso decir ',
  'search.or': ' o ',
  'search.tryShorter': 'Pruebe con una palabra más corta o más general, o con uno de estos temas.',
  'search.topics': 'Temas sugeridos',
  'search.helpLabel': 'Ayuda y por dónde empezar',
  'search.helpTitle': '¿Busca ayuda, o por dónde empezar?',
  'search.helpCall': 'Para hablar ahora con alguien: {name}. Llame al ',
  'search.helpText': ' o envíe un texto al ',
  'search.helpAfter': '. Es gratis, confidencial y atiende las 24 horas. En una emergencia, llame al ',
  'search.signs': 'Las señales de alerta de la trata',
  'search.signsAfter': ': qué observar y qué hacer.',
  'search.everySection': 'Todas las secciones de {title}',
  'search.inOrder': ', en orden de lectura.',
  'search.noScript':
    'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o todavía se está cargando. Mientras tanto, abajo están todas las secciones.',
  'search.pageDescription':
    'Busque en todas las secciones del informe una ley, un programa, un lugar o una palabra, y llegue al párrafo que lo explica.',
  'search.browse': 'Las secciones del informe',
  'search.browseId': 'secciones',
  'kind.Brief section': 'Sección del informe',
  'kind.About the site': 'Acerca del sitio',
  'kind.Corrections': 'Correcciones',
  'kind.Discussion guide': 'Guía de conversación',
  'kind.Figure': 'Gráfica',
  'kind.Glossary': 'Glosario',
  'kind.Timeline': 'Cronología',
  'kind.Reference': 'Consulta',
};

/** Search's words in each language, by the lang attribute of the page search opens on. */
export const searchWords: Record<'en' | 'es', SearchWords> = { en: searchWordsEn, es: searchWordsEs };

/** The words of one language with {name} values filled in. */
export function searchWordsFor(lang: string) {
  const dictionary = lang === 'es' ? searchWordsEs : searchWordsEn;
  return (key: keyof SearchWords, values: Record<string, string | number> = {}) => fill(dictionary[key], values);
}
