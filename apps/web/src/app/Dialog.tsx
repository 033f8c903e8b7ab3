import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, makes the page
 * behind inert, closes on Escape and gives focus back to the control that opened it.
 * A click on the backdrop closes it too. Mount it to open it; `onClose` unmounts it.
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
    };
  }, []);
  const onBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    // The dialog's own box is the backdrop only outside its content wrapper.
    if (event.target === event.currentTarget) ref.current?.close();
  };
  return (
    <dialog ref={ref} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={titleId} onClick={onBackdrop}>
      <div className="dialog__body">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
