const XHTML_CONSTRUCT =
  /<(content|summary|title)\b([^>]*?\btype\s*=\s*["']xhtml["'][^>]*)>([\s\S]*?)<\/\1\s*>/g;

/**
 * Atom's type="xhtml" content is markup inside the feed; xml2js (under rss-parser) keeps child
 * elements apart from the text around them, so "a <b>b</b> c" would come back as "a  c" + "b".
 * Escaping it into type="html" text keeps the order; the HTML-to-text step handles it from there.
 */
export function escapeAtomXhtml(xml: string): string {
  if (!xml.includes('xhtml')) return xml;
  return xml.replace(
    XHTML_CONSTRUCT,
    (_match: string, name: string, attributes: string, inner: string) => {
      const html = inner
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      return `<${name}${attributes.replace(/\btype\s*=\s*["']xhtml["']/, 'type="html"')}>${html}</${name}>`;
    },
  );
}
