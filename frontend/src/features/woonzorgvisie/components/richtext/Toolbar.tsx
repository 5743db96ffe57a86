import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Button } from '@utrecht/component-library-react';
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Tool {
  key: string;
  label: string;
  run: () => void;
  /** a toggle shows its state with aria-pressed */
  pressed?: boolean;
  enabled?: boolean;
  expanded?: boolean;
}

/**
 * The formatting buttons, one toolbar (WAI-ARIA toolbar pattern): Tab enters it on the last used button, the
 * arrow keys, Home and End move between buttons, Escape goes back to the text. Each button says in words what
 * it does, so it is usable without seeing the icons a word processor would use.
 */
export function Toolbar({ editor, toolbarRef, textId }: { editor: Editor; toolbarRef: RefObject<HTMLDivElement | null>; textId: string }) {
  const { t } = useTranslation('richtext');
  const [current, setCurrent] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { key: 'h2', label: t('toolbar.heading2'), pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t('toolbar.heading3'), pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bold', label: t('toolbar.bold'), pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: t('toolbar.italic'), pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: 'bullet', label: t('toolbar.bulletList'), pressed: state.bullet, run: () => chain().toggleBulletList().run() },
    { key: 'ordered', label: t('toolbar.orderedList'), pressed: state.ordered, run: () => chain().toggleOrderedList().run() },
    { key: 'link', label: t('toolbar.link'), pressed: state.link, expanded: linkOpen, run: () => setLinkOpen((open) => !open) },
    ...(state.table
      ? [
          { key: 'addRow', label: t('toolbar.addRow'), run: () => chain().addRowAfter().run() },
          { key: 'addColumn', label: t('toolbar.addColumn'), run: () => chain().addColumnAfter().run() },
          { key: 'deleteRow', label: t('toolbar.deleteRow'), run: () => chain().deleteRow().run() },
          { key: 'deleteColumn', label: t('toolbar.deleteColumn'), run: () => chain().deleteColumn().run() },
          { key: 'deleteTable', label: t('toolbar.deleteTable'), run: () => chain().deleteTable().run() },
        ]
      : [{ key: 'table', label: t('toolbar.table'), run: () => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run() }]),
    { key: 'undo', label: t('toolbar.undo'), enabled: state.undo, run: () => chain().undo().run() },
    { key: 'redo', label: t('toolbar.redo'), enabled: state.redo, run: () => chain().redo().run() },
  ];
  const active = Math.min(current, tools.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('.tp-rt-toolbar__button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + buttons.length) % buttons.length;
    setCurrent(next);
    buttons[next]?.focus();
  };

  return (
    <>
      <div ref={toolbarRef} role="toolbar" aria-label={t('toolbar.label')} aria-controls={textId} className="tp-rt-toolbar" onKeyDown={onKeyDown}>
        {tools.map((tool, i) => (
          <button
            key={tool.key}
            type="button"
            className="tp-rt-toolbar__button"
            data-tool={tool.key}
            tabIndex={i === active ? 0 : -1}
            aria-pressed={tool.pressed}
            aria-expanded={tool.expanded}
            aria-disabled={tool.enabled === false ? true : undefined}
            // a mouse click keeps the caret where it was in the text
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setCurrent(i)}
            onClick={() => {
              if (tool.enabled !== false) tool.run();
            }}
          >
            {tool.label}
          </button>
        ))}
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
    </>
  );
}

const SAFE_URL = /^(https?:\/\/\S+|mailto:\S+)$/i;

/** The address of a link: for the selected text, the link the caret is in, or (nothing selected) the address itself as text. */
function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('richtext');
  const id = useId();
  const [href, setHref] = useState<string>(() => editor.getAttributes('link').href ?? 'https://');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const had = editor.isActive('link');

  const apply = () => {
    const url = href.trim();
    if (!SAFE_URL.test(url)) {
      setError(true);
      input.current?.focus();
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !had) {
      editor.chain().focus().insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    }
    onClose();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a small group of fields under the toolbar; a form inside the page's form-less editor is not needed
    <div
      className="tp-rt-link"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="richtext-link"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <p id={`${id}-title`} className="tp-rt-link__title">
        {t('link.label')}
      </p>
      <label htmlFor={`${id}-href`} className="utrecht-form-label tp-small">
        {t('link.address')}
      </label>
      <p id={`${id}-hint`} className="tp-small tp-muted">
        {t('link.addressHint')}
      </p>
      <input
        ref={input}
        id={`${id}-href`}
        type="url"
        // biome-ignore lint/a11y/noAutofocus: the field opens on the writer's request and is what they came for
        autoFocus
        className="utrecht-textbox utrecht-textbox--html-input"
        value={href}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setHref(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      {error && (
        <p id={`${id}-error`} className="utrecht-form-field-error-message tp-small" role="alert">
          {t('link.invalid')}
        </p>
      )}
      <div className="tp-rt-link__actions">
        <Button appearance="primary-action-button" onClick={apply}>
          {t('link.apply')}
        </Button>
        {had && (
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            {t('link.remove')}
          </Button>
        )}
        <Button
          appearance="subtle-button"
          onClick={() => {
            onClose();
            editor.commands.focus();
          }}
        >
          {t('link.cancel')}
        </Button>
      </div>
    </div>
  );
}
