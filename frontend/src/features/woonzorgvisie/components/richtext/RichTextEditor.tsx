import { getSchema } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../api/woonzorgvisie';
import { Palette } from '../MarkdownEditor';
import { richTextExtensions, type ChipText } from './extensions';
import { checkMarkdown, sameMarkdown, serializeMarkdown } from './markdown';
import { Toolbar } from './Toolbar';

export interface RichTextEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  catalogue: Catalogue;
  invalid?: boolean;
  describedBy?: string;
  /** the text cannot be shown unchanged: the caller shows the Markdown view instead */
  onUnrepresentable: (excerpt: string | null) => void;
}

/**
 * A text from elsewhere (the other version of a conflict, a restored draft) starts a fresh editor, so that
 * its undo history never holds another text: undoing can then not bring back what was replaced.
 */
export default function RichTextEditor(props: RichTextEditorProps) {
  const emitted = useRef(props.value);
  const generation = useRef(0);
  if (props.value !== emitted.current) {
    emitted.current = props.value;
    generation.current += 1;
  }
  const onChange = (markdown: string) => {
    emitted.current = markdown;
    props.onChange(markdown);
  };
  return <RichTextInstance key={generation.current} {...props} onChange={onChange} />;
}

/**
 * The formatted view of a section text. It reads the Markdown into TipTap and writes Markdown back on every
 * change the writer makes; opening a text, or a change that does not alter the Markdown, writes nothing, so
 * looking at a section never saves it. Placeholders and data blocks are chips with the catalogue's labels.
 */
function RichTextInstance({ id, value, onChange, onBlur, catalogue, invalid, describedBy, onUnrepresentable }: RichTextEditorProps) {
  const { t } = useTranslation('richtext');
  const labelId = `${id}-rich-label`;
  const hintId = `${id}-rich-hint`;
  const toolbarRef = useRef<HTMLDivElement>(null);
  // the Markdown as last opened or written: a change that gives the same Markdown writes nothing
  const shown = useRef(value);
  const handlers = useRef({ onChange, onBlur, onUnrepresentable });
  handlers.current = { onChange, onBlur, onUnrepresentable };

  const chipText = useMemo<ChipText>(() => {
    const figures = new Map(catalogue.placeholders.map((p) => [p.key, p.label]));
    const blocks = new Map(catalogue.blocks.map((b) => [b.key, b.label]));
    return {
      figureLabel: (key) => figures.get(key) ?? null,
      blockLabel: (key) => blocks.get(key) ?? null,
      figureKind: t('chip.figure'),
      blockKind: t('chip.block'),
      unknown: t('chip.unknown'),
    };
  }, [catalogue, t]);
  const extensions = useMemo(() => richTextExtensions(chipText), [chipText]);
  // decided once, before the editor exists: a text the editor would change is never loaded into it
  const initial = useMemo(() => checkMarkdown(shown.current, getSchema(extensions)), [extensions]);

  const editor = useEditor(
    {
      extensions,
      content: initial.ok ? initial.doc.toJSON() : null,
      injectCSS: false, // the Content-Security-Policy allows no inline <style>; richtext.css has the rules
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          id: `${id}-rich`,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          'aria-describedby': [hintId, describedBy].filter(Boolean).join(' '),
          ...(invalid ? { 'aria-invalid': 'true' } : {}),
          class: 'tp-rt__content',
          'data-testid': 'section-body-rich',
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          // Alt+F10 reaches the toolbar from the text, as in other web editors; Escape too, so that Tab
          // (which moves between table cells inside the text) never traps a keyboard user in the text
          if ((event.altKey && event.key === 'F10') || event.key === 'Escape') {
            toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          return false;
        },
      },
      onUpdate: ({ editor: e }) => {
        const markdown = serializeMarkdown(e.state.doc);
        if (sameMarkdown(markdown, shown.current)) return;
        shown.current = markdown;
        handlers.current.onChange(markdown);
      },
      onBlur: () => handlers.current.onBlur?.(),
    },
    [extensions],
  );

  useEffect(() => {
    if (!initial.ok) handlers.current.onUnrepresentable(initial.excerpt);
  }, [initial]);

  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: { ...(editor.options.editorProps.attributes as Record<string, string>), 'aria-invalid': invalid ? 'true' : 'false' },
      },
    });
  }, [editor, invalid]);

  if (!initial.ok || !editor) return null;

  const insertFigure = (key: string) => editor.chain().focus().insertContent({ type: 'figure', attrs: { key } }).run();

  /**
   * A data block stands on its own: after the paragraph (list, table) the caret is in, or in place of an empty
   * paragraph; an empty paragraph follows it, with the caret, so writing goes on below the block.
   */
  const insertBlock = (key: string) => {
    const { $from, to } = editor.state.selection;
    const top = $from.depth > 0 ? $from.node(1) : null;
    const replace = top?.type.name === 'paragraph' && top.content.size === 0;
    const at = !top ? to : replace ? $from.before(1) : $from.after(1);
    const range = replace ? { from: at, to: $from.after(1) } : at;
    editor
      .chain()
      .focus()
      .insertContentAt(range, [{ type: 'dataBlock', attrs: { key, raw: `{{blok:${key}}}` } }, { type: 'paragraph' }])
      .setTextSelection(at + 2)
      .run();
  };

  return (
    <div className="tp-rt">
      <p id={labelId} className="utrecht-form-label tp-rt__label">
        {t('editor.label')}
      </p>
      <p id={hintId} className="utrecht-form-field-description tp-muted tp-small">
        {t('editor.hint')}
      </p>
      <Palette catalogue={catalogue} onPlaceholder={insertFigure} onBlock={insertBlock} />
      <Toolbar editor={editor} toolbarRef={toolbarRef} textId={`${id}-rich`} />
      <EditorContent editor={editor} className="tp-rt__frame" />
    </div>
  );
}
