// Inline scripts for pages: the minified text of src/client/inline/<name>.js, the same text scripts.mjs hashes into
// the Content-Security-Policy. Read through Vite (a file path would not survive the build's bundling).
import { minifyInline } from './minify.mjs';

const sources = import.meta.glob<string>('../../client/inline/*.js', { query: '?raw', import: 'default', eager: true });

/** `<script is:inline set:html={inlineScript('on-demand')} />`; an unknown name fails the build. */
export function inlineScript(name: string): string {
  const source = sources[`../../client/inline/${name}.js`];
  if (source === undefined) throw new Error(`src/client/inline/${name}.js does not exist`);
  return minifyInline(source);
}
