import { decodeXmlText } from './xml-tree';

/** What the start of an XML document says, read without parsing the document. */
export interface XmlProlog {
  /** Qualified name of the root element, or null when the text does not start like XML. */
  rootName: string | null;
  /** Where the root element's start tag begins, -1 without one. */
  rootStart: number;
  /** Attributes of the root element's start tag (for xml:lang). */
  rootAttributes: Record<string, string>;
  /** True when a DOCTYPE's internal subset declares entities of any kind. */
  declaresEntities: boolean;
  /**
   * True when a declared entity refers to other entities (or cannot be read): the billion-laughs
   * vector. Entities whose value is plain text cannot multiply and are not counted here.
   */
  expandsEntities: boolean;
  /** The internal general entities with plain-text values, by name, their character references decoded. */
  entities: ReadonlyMap<string, string>;
}

// <!ENTITY [%] name "value" | 'value' | SYSTEM/PUBLIC external id>
const ENTITY_DECLARATION =
  /<!ENTITY\s+(%\s+)?([^\s"'%>]+)\s+(?:"([^"]*)"|'([^']*)'|(?:SYSTEM|PUBLIC)\s(?:[^>"']|"[^"]*"|'[^']*')*)\s*>/gi;
// A value that refers to nothing: text, character references and XML's five predefined entities.
const PLAIN_ENTITY_VALUE =
  /^(?:[^&%]|&(?:#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)*$/;

/**
 * Walks the prolog (XML declaration, comments, processing instructions, DOCTYPE) up to the root
 * start tag. Linear in the prolog's length, so a hostile DOCTYPE is refused before any XML parser
 * sees it.
 */
export function inspectXmlProlog(xml: string): XmlProlog {
  const result: XmlProlog = {
    rootName: null,
    rootStart: -1,
    rootAttributes: {},
    declaresEntities: false,
    expandsEntities: false,
    entities: new Map(),
  };
  let index = 0;
  while (index < xml.length) {
    index = skipWhitespace(xml, index);
    if (xml.startsWith('<?', index)) {
      index = endOf(xml, '?>', index);
    } else if (xml.startsWith('<!--', index)) {
      index = endOf(xml, '-->', index);
    } else if (xml.slice(index, index + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(xml, index);
      Object.assign(result, readEntities(xml.slice(index, end)));
      index = end;
    } else if (xml[index] === '<' && /[A-Za-z_:]/.test(xml[index + 1] ?? '')) {
      const tag = /^<([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(
        xml.slice(index, index + 4096),
      );
      result.rootName =
        tag?.[1] ?? /^<([^\s/>]+)/.exec(xml.slice(index))?.[1] ?? null;
      result.rootStart = index;
      result.rootAttributes = parseAttributes(tag?.[2] ?? '');
      return result;
    } else {
      return result;
    }
  }
  return result;
}

/**
 * The entities a DOCTYPE declares. Parameter entities and external ones are never read (their
 * references stay as written); a general entity with a plain-text value is kept for expansion.
 */
function readEntities(
  doctype: string,
): Pick<XmlProlog, 'declaresEntities' | 'expandsEntities' | 'entities'> {
  const subset = doctype.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const declared = subset.match(/<!ENTITY/gi)?.length ?? 0;
  const entities = new Map<string, string>();
  let read = 0;
  let expands = false;
  for (const match of subset.matchAll(ENTITY_DECLARATION)) {
    read += 1;
    const [, parameter, name, quoted, apostrophed] = match;
    const value = quoted ?? apostrophed;
    if (value === undefined) continue;
    if (!PLAIN_ENTITY_VALUE.test(value)) expands = true;
    else if (!parameter && !entities.has(name as string))
      entities.set(name as string, decodeXmlText(value));
  }
  return {
    declaresEntities: declared > 0,
    expandsEntities: expands || read < declared,
    entities,
  };
}

function skipWhitespace(xml: string, index: number): number {
  let position = index;
  while (position < xml.length && /\s/.test(xml[position] as string))
    position += 1;
  return position;
}

function endOf(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? xml.length : end + terminator.length;
}

/** The DOCTYPE ends at the first '>' outside quotes, comments and its [internal subset]. */
function doctypeEnd(xml: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let index = start + 9; index < xml.length; index += 1) {
    const character = xml[index];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '<' && xml.startsWith('<!--', index)) {
      index = endOf(xml, '-->', index) - 1;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '[') {
      depth += 1;
    } else if (character === ']') {
      depth = Math.max(0, depth - 1);
    } else if (character === '>' && depth === 0) {
      return index + 1;
    }
  }
  return xml.length;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(
    /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
  )) {
    attributes[match[1] as string] = match[2] ?? match[3] ?? '';
  }
  return attributes;
}
