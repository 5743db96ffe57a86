import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** Escape, or a button of the caller */
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal <dialog>, open while rendered: the browser keeps focus inside and makes the page behind it inert.
 * Focus returns to where it was when the dialog closes.
 */
export function Dialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; an open attribute gives the same role and content there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={['tp-dialog', className].filter(Boolean).join(' ')}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <Heading2 id={titleId} className="tp-dialog__title">
        {title}
      </Heading2>
      {children}
    </dialog>
  );
}
