// The code editor a cell turns into on Edit: CodeMirror 6 with TypeScript highlighting, undo, bracket matching
// and Tab to indent. Tab does not trap the keyboard: Escape then Tab moves focus on (CodeMirror's own rule),
// and the cell shows that hint beside the editor. Ctrl/Cmd+Enter runs the cell. A failed run can mark the line
// it failed on until the next edit: a tinted, underlined line, its number flagged, and the editing area set
// invalid and described by the message the output shows.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { bracketMatching, HighlightStyle, indentOnInput, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  GutterMarker,
  gutterLineClass,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

export interface EditorHandle {
  doc: () => string;
  setDoc: (source: string) => void;
  focus: () => void;
  destroy: () => void;
  /** Marks a line (1-based) as where the run failed, described by the element `messageId`; false if the
   *  document has no such line. The mark goes at the next edit or clearError(). */
  markError: (line: number, messageId: string) => boolean;
  clearError: () => void;
}

export interface EditorOptions {
  doc: string;
  /** Accessible name of the editing area. */
  label: string;
  /** Id of the visible hint on how to leave the editor. */
  describedBy: string;
  onChange: (source: string) => void;
  onRun: () => void;
}

// Colours are the custom properties the build-time listing uses too (code-cell.css), so Edit keeps the look.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword, tags.definitionKeyword], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-constant)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--code-function)' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--code-type)' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--code-property)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
]);

/** The failed line and the id of the element that says what failed, or null. */
interface ErrorMark {
  line: number;
  messageId: string;
}

const setErrorMark = StateEffect.define<ErrorMark | null>();

// Any change to the text clears the mark: the line it named may no longer be the one that fails.
const errorMark = StateField.define<ErrorMark | null>({
  create: () => null,
  update(mark, transaction) {
    for (const effect of transaction.effects) if (effect.is(setErrorMark)) return effect.value;
    return transaction.docChanged ? null : mark;
  },
});

const errorLine = Decoration.line({ class: 'cm-error-line' });
const errorGutter = new (class extends GutterMarker {
  override elementClass = 'cm-error-gutter';
})();

/** The error mark's look (line and line number) and its accessible side (invalid, described by the message). */
function errorMarking(label: string, describedBy: string): Extension {
  return [
    errorMark,
    EditorView.decorations.compute([errorMark], (state) => {
      const mark = state.field(errorMark);
      return mark === null ? Decoration.none : Decoration.set(errorLine.range(state.doc.line(mark.line).from));
    }),
    gutterLineClass.compute([errorMark], (state) => {
      const mark = state.field(errorMark);
      return mark === null ? RangeSet.empty : RangeSet.of(errorGutter.range(state.doc.line(mark.line).from));
    }),
    EditorView.contentAttributes.compute([errorMark], (state) => {
      const mark = state.field(errorMark);
      if (mark === null) return { 'aria-label': label, 'aria-describedby': describedBy };
      return { 'aria-label': label, 'aria-describedby': `${describedBy} ${mark.messageId}`, 'aria-invalid': 'true' };
    }),
  ];
}

export function createEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (options.onRun(), true) }])),
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        // The TypeScript grammar alone: javascript() would also bring autocompletion, which cells do not offer.
        new LanguageSupport(typescriptLanguage),
        syntaxHighlighting(highlight),
        EditorState.tabSize.of(2),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        errorMarking(options.label, options.describedBy),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    doc: () => view.state.doc.toString(),
    setDoc: (source) => {
      if (source === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
    markError: (line, messageId) => {
      if (!Number.isInteger(line) || line < 1 || line > view.state.doc.lines) return false;
      view.dispatch({ effects: setErrorMark.of({ line, messageId }) });
      return true;
    },
    clearError: () => {
      if (view.state.field(errorMark) !== null) view.dispatch({ effects: setErrorMark.of(null) });
    },
  };
}
