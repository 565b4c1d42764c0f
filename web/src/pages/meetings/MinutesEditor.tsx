import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useT } from '../../i18n/i18n.js';

/** What the editor may produce: the same as the server keeps (modules/meetings/sanitize-minutes.ts). */
const EXTENSIONS = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    heading: { levels: [3, 4] },
    link: { openOnClick: false, autolink: true, HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
  }),
];

interface MinutesEditorProps {
  id: string;
  labelId: string;
  hintId: string;
  initialHtml: string;
  onChange: (html: string) => void;
  invalid?: boolean;
}

interface ToolState {
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  heading: boolean;
}

function Toolbar({ editor, controls }: { editor: Editor; controls: string }) {
  const t = useT();
  const m = t.meetings;
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      heading: e.isActive('heading', { level: 3 }),
    }),
  });
  const tools: { key: keyof ToolState; label: string; shortcut: string; run: () => void }[] = [
    { key: 'bold', label: m.bold, shortcut: 'Control+B', run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: m.italic, shortcut: 'Control+I', run: () => editor.chain().focus().toggleItalic().run() },
    {
      key: 'bulletList',
      label: m.bulletList,
      shortcut: 'Control+Shift+8',
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      label: m.orderedList,
      shortcut: 'Control+Shift+7',
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'heading',
      label: m.heading,
      shortcut: 'Control+Alt+3',
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ];
  return (
    <div className="minutes-toolbar" role="toolbar" aria-label={m.toolbar} aria-controls={controls}>
      {tools.map((tool) => (
        <button
          key={tool.key}
          type="button"
          className={`button button-secondary minutes-toolbar__button${state[tool.key] ? ' is-active' : ''}`}
          aria-pressed={state[tool.key]}
          aria-keyshortcuts={tool.shortcut}
          onClick={tool.run}
        >
          {tool.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The minutes as formatted text (TipTap): a small toolbar – bold, italic,
 * bullet and numbered list, heading – whose buttons say whether they are on;
 * the usual keyboard shortcuts work in the text. Injected styles are off
 * (the CSP allows none); meetings.css styles the editor.
 */
export function MinutesEditor({ id, labelId, hintId, initialHtml, onChange, invalid }: MinutesEditorProps) {
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialHtml,
    injectCSS: false,
    editorProps: {
      attributes: {
        id,
        class: 'minutes-editor__content',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  return (
    <div className={`minutes-editor${invalid ? ' form-error' : ''}`}>
      <Toolbar editor={editor} controls={id} />
      <EditorContent editor={editor} />
    </div>
  );
}
