import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useDismiss } from '../app/use-dismiss';
import { Avatar } from './Avatar';
import { cleanName, MAX_NAME_LENGTH, PALETTE } from './identity';
import { useIdentity } from './IdentityContext';

const COLOR_NAMES: Record<string, string> = {
  '#e03131': 'Red',
  '#e8590c': 'Orange',
  '#2f9e44': 'Green',
  '#0c8599': 'Teal',
  '#1c7ed6': 'Blue',
  '#6741d9': 'Violet',
  '#c2255c': 'Pink',
  '#9c36b5': 'Grape',
};

/**
 * "You" button with a popover to change your name and colour. Opens by itself on a first
 * visit so people know what others will see, without blocking the page.
 */
export function IdentityMenu() {
  const { identity, isNew, setIdentity } = useIdentity();
  const [isOpen, setIsOpen] = useState(isNew);
  const [name, setName] = useState(identity.name);
  const [color, setColor] = useState(identity.color);
  const rootRef = useRef<HTMLDivElement>(null);
  const ids = useId();

  const open = () => {
    setName(identity.name);
    setColor(identity.color);
    setIsOpen(true);
  };
  const save = useCallback(() => {
    setIdentity({ name: cleanName(name) || identity.name, color });
    setIsOpen(false);
  }, [setIdentity, name, color, identity.name]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };
  useDismiss(rootRef, isOpen, save);

  return (
    <div className="identity" ref={rootRef}>
      <button
        type="button"
        className="identity__button"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        aria-label={`You are ${identity.name}. Change your name or colour`}
        onClick={() => (isOpen ? save() : open())}
      >
        <Avatar name={identity.name} color={identity.color} />
      </button>
      {isOpen && (
        <form className="popover identity__popover" role="dialog" aria-labelledby={`${ids}-title`} onSubmit={onSubmit}>
          <h2 id={`${ids}-title`} className="popover__title">
            {isNew ? 'How should others see you?' : 'Your name and colour'}
          </h2>
          <label className="field">
            <span className="field__label">Name</span>
            <input
              className="input"
              value={name}
              maxLength={MAX_NAME_LENGTH}
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <fieldset className="swatches">
            <legend className="field__label">Colour</legend>
            {PALETTE.map((swatch) => (
              <label key={swatch} className="swatch" style={{ backgroundColor: swatch }}>
                <input
                  type="radio"
                  name={`${ids}-color`}
                  value={swatch}
                  checked={color === swatch}
                  onChange={() => setColor(swatch)}
                  aria-label={COLOR_NAMES[swatch] ?? swatch}
                />
              </label>
            ))}
          </fieldset>
          <div className="popover__preview">
            <Avatar name={cleanName(name) || identity.name} color={color} size="sm" />
            <span className="caret-preview" style={{ backgroundColor: color }}>
              {cleanName(name) || identity.name}
            </span>
          </div>
          <button type="submit" className="button button--primary button--block">
            Done
          </button>
        </form>
      )}
    </div>
  );
}
