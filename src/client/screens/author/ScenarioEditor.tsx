import { useEffect, useRef } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import type { ScenarioMessage } from '../../../scenario/scenarioMessage.ts';
import { scenarioDiagnostics } from './scenarioDiagnostics.ts';

interface ScenarioEditorProps {
  text: string;
  onChange: (text: string) => void;
  /** The validation messages, and the text they were found in. */
  messages: readonly ScenarioMessage[];
  checkedText: string;
  label: string;
}

/**
 * The scenario text in CodeMirror 6: YAML highlighting, line numbers, and the validation
 * messages as diagnostics at their lines. Text from outside (opening a file, an MSEL import)
 * replaces the document; typing flows out through `onChange`.
 */
export function ScenarioEditor({ text, onChange, messages, checkedText, label }: ScenarioEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const onChangeNow = useRef(onChange);
  onChangeNow.current = onChange;
  // A new editor (the label changed with the language) starts from the text as it is now.
  const textNow = useRef(text);
  textNow.current = text;

  useEffect(() => {
    if (host.current === null) return undefined;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: textNow.current,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          // The tab stop is said outright, so the editor's scrolling area counts as reachable by keyboard (WCAG 2.1.1).
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeNow.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = undefined;
    };
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (editor === undefined) return;
    const current = editor.state.doc.toString();
    if (current !== text) editor.dispatch({ changes: { from: 0, to: current.length, insert: text } });
  }, [text]);

  useEffect(() => {
    const editor = view.current;
    // Messages about older text would point at the wrong lines; the editor moves the ones it has along with the edits.
    if (editor === undefined || editor.state.doc.toString() !== checkedText) return;
    editor.dispatch(setDiagnostics(editor.state, scenarioDiagnostics(editor.state.doc, messages)));
  }, [messages, checkedText]);

  return <div ref={host} className="studio-editor" />;
}
