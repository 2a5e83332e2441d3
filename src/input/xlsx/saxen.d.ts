// saxen ships no type declarations; these cover the part of its API the XLSX reader uses.
declare module 'saxen' {
  /** Decodes the five XML entities and numeric character references. */
  export function decode(text: string): string;

  /** A non-validating SAX parser of a whole XML string. */
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      handler: (
        name: string,
        attrs: () => Record<string, string>,
        decode: (text: string) => string,
        selfClosing: boolean,
      ) => void,
    ): this;
    on(event: 'closeTag', handler: (name: string) => void): this;
    on(event: 'text', handler: (text: string, decode: (text: string) => string) => void): this;
    on(event: 'cdata', handler: (text: string) => void): this;
    on(event: 'error', handler: (error: Error) => void): this;
    parse(xml: string): Error | undefined;
  }
}
