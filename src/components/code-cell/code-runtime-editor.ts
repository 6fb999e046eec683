// The code editor a cell turns into on Edit: CodeMirror 6 with TypeScript highlighting, undo, bracket matching
// and Tab to indent. Tab does not trap the keyboard: Escape then Tab moves focus on (CodeMirror's own rule),
// and the cell shows that hint beside the editor. Ctrl/Cmd+Enter runs the cell.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { bracketMatching, HighlightStyle, indentOnInput, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

export interface EditorHandle {
  doc: () => string;
  setDoc: (source: string) => void;
  focus: () => void;
  destroy: () => void;
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
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': options.describedBy }),
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
  };
}
