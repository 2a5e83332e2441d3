/// <reference lib="dom" />
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension, Prec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { stateExtensions, updateSchema } from 'codemirror-json-schema';
import ruleSetSchema from '../../../schemas/ruleset.schema.json';
import type { Language, RuleSetIssue } from '../../browser';
import { EDITOR_PHRASES_ZH } from './editor-phrases';
import { issueSpanEnd } from './issue-span';
import { schemaCompletion } from './schema-completion';
import { schemaHover } from './schema-hover';
import { schemaInLanguage } from './schema-language';
import { wrappedLines } from './wrapped-lines';
import { indentUnderEmptyKey } from './yaml-indent';

/**
 * Multi-line or long text that the browser itself would insert (`insertText`, `insertReplacementText`:
 * a test driver's insertText, dictation, some input tools) goes into the document as one CodeMirror
 * change. Left to the browser, each line of it becomes an edit of the editable DOM that CodeMirror then
 * reads back: 90 KB of YAML took minutes. Key presses and IME composition keep their usual path.
 */
const insertLargeTextDirectly = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const text = event.data;
    if (event.isComposing || typeof text !== 'string') return false;
    if (event.inputType !== 'insertText' && event.inputType !== 'insertReplacementText') return false;
    if (!text.includes('\n') && text.length < 256) return false;
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(text.replace(/\r\n?/g, '\n')), {
      userEvent: 'input.paste',
      scrollIntoView: true,
    });
    return true;
  },
});

/**
 * An opening bracket typed over a selection replaces it, as in any text box. CodeMirror's bracket closing
 * wraps the selection instead: `(9` typed over `(8` in a band `"(8, 16]"` gave `"(9), 16]"` (studio-29 F2),
 * and bands, whose brackets do not pair, are what rule authors retype most. Quotes still wrap a selection
 * (quoting a `> 1.08` is wanted); with nothing selected, brackets still close as before.
 */
const bracketReplacesSelection = Prec.highest(
  EditorView.inputHandler.of((view, _from, _to, text) => {
    if (text !== '(' && text !== '[') return false;
    if (view.state.selection.ranges.every((r) => r.empty)) return false;
    view.dispatch(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
    return true;
  }),
);

/**
 * The rule-file editor: CodeMirror 6 with YAML, completion from
 * schemas/ruleset.schema.json (codemirror-json-schema, no web worker), hover help
 * from the same schema, the
 * diagnostics the page hands it from `checkRuleSet`, and long lines wrapped at their indentation.
 */
export class RuleEditor {
  readonly view: EditorView;
  readonly #extensions: Extension[];
  /** CodeMirror's own words (search, go to line), switched with the page's language. */
  readonly #phrases = new Compartment();
  #lang: Language = 'en';

  /** @param onChange - called after each edit the user makes (not after {@link RuleEditor.load}) */
  constructor(parent: HTMLElement, onChange: () => void) {
    this.#extensions = [
      basicSetup,
      yaml(),
      indentUnderEmptyKey(),
      yamlLanguage.data.of({ autocomplete: schemaCompletion() }),
      schemaHover(),
      stateExtensions(schemaInLanguage(ruleSetSchema, 'en')),
      lintGutter(),
      wrappedLines(),
      insertLargeTextDirectly,
      bracketReplacesSelection,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange();
      }),
    ];
    this.view = new EditorView({ parent, state: this.#stateFor('') });
  }

  #stateFor(doc: string): EditorState {
    return EditorState.create({
      doc,
      extensions: [this.#extensions, this.#phrases.of(phrasesIn(this.#lang))],
    });
  }

  /** Shows completion, hover help and CodeMirror's panels in `lang` (the schema's texts, English or Chinese). */
  setLanguage(lang: Language): void {
    this.#lang = lang;
    this.view.dispatch({ effects: this.#phrases.reconfigure(phrasesIn(lang)) });
    updateSchema(this.view, schemaInLanguage(ruleSetSchema, lang));
  }

  /** The editor's text. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /**
   * Replaces the text (opening a file, or loading its version on disk). A new
   * editor state, so the undo history starts at the text as opened: Ctrl+Z
   * never brings back another file's text, or the empty editor, to be saved
   * over this file.
   */
  load(text: string): void {
    // setState does not call the update listeners: loading is not an edit.
    this.view.setState(this.#stateFor(text));
    updateSchema(this.view, schemaInLanguage(ruleSetSchema, this.#lang));
  }

  /** Underlines each issue, its message in the page's language. */
  showIssues(issues: readonly RuleSetIssue[], lang: Language): void {
    const doc = this.view.state.doc;
    const diagnostics: Diagnostic[] = issues.map((issue) => {
      const line = doc.line(Math.min(Math.max(issue.line, 1), doc.lines));
      const start = Math.min(Math.max(issue.column - 1, 0), line.length);
      const from = line.from + start;
      const to = line.from + issueSpanEnd(line.text, start);
      return {
        from,
        to: Math.max(to, from),
        severity: issue.severity,
        message: issue.text[lang],
        source: issue.code,
      };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Puts the keyboard focus in the editor (its cursor where it was). */
  focus(): void {
    this.view.focus();
  }

  /**
   * Puts the keyboard focus in the editor after a wait (a file read, a save), unless the author took it
   * elsewhere meanwhile: their typing in another box would land in the rule (`from`: what had it at the start).
   */
  focusAfterWait(from: Element | null): void {
    const now = document.activeElement;
    if (now === from || now === null || now === document.body || this.view.dom.contains(now))
      this.view.focus();
  }

  /** Moves the cursor to a line and column and shows it. */
  goTo(line: number, column: number): void {
    const doc = this.view.state.doc;
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    const pos = Math.min(l.from + Math.max(column - 1, 0), l.to);
    this.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    this.view.focus();
  }
}

/** CodeMirror's own words in `lang`: Chinese from {@link EDITOR_PHRASES_ZH}, English as CodeMirror has them. */
function phrasesIn(lang: Language): Extension {
  return lang === 'zh' ? EditorState.phrases.of(EDITOR_PHRASES_ZH) : [];
}
