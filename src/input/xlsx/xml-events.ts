/**
 * The few XML helpers the XLSX reader needs, over saxen (a small, fast SAX
 * parser of whole strings): element names without their prefix, attribute
 * values with entities decoded, and events for open tags, close tags and text.
 */
import { decode, Parser } from 'saxen';

/**
 * An element name without its namespace prefix: some programs write
 * SpreadsheetML with a prefix (`<x:c>`), Excel without.
 *
 * @example
 * localName('x:c'); // 'c'
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * An attribute value with its entities decoded (saxen hands them over raw).
 *
 * @example
 * attributeValue('A&amp;B'); // 'A&B'
 */
export function attributeValue(value: string | undefined): string | undefined {
  return value?.includes('&') ? decode(value) : value;
}

/** What {@link parseXml} calls besides open tags. */
export interface XmlHandlers {
  /** After an element (also after a self-closing one). */
  close?: (name: string) => void;
  /** Text and CDATA, entities decoded. */
  text?: (text: string) => void;
}

/**
 * Parses a whole XML string, calling `open` for each element with its local
 * name and a getter of its attributes (raw: see {@link attributeValue}).
 * Malformed XML throws.
 *
 * @example
 * parseXml('<a x="1"><b/></a>', (name, attrs) => console.log(name, attrs()));
 */
export function parseXml(
  xml: string,
  open: (name: string, attrs: () => Record<string, string>) => void,
  handlers: XmlHandlers = {},
): void {
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => open(localName(name), attrs));
  const { close, text } = handlers;
  if (close) parser.on('closeTag', (name) => close(localName(name)));
  if (text) {
    parser.on('text', (t, dec) => text(t.includes('&') ? dec(t) : t));
    parser.on('cdata', (t) => text(t));
  }
  parser.on('error', (error) => {
    throw error;
  });
  parser.parse(xml);
}
