// "Reset" asks first, in a modal <dialog>: the browser keeps focus inside it and the page behind it
// inert (showModal), Escape cancels, and it names what will go before anything does.
import { useRef } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { Translate } from '../i18n';

export interface ResetSectionProps {
  t: Translate;
  settings: Settings;
  /** What a reset puts back, to name exactly which sites it forgets and which come back. */
  defaults: Settings;
  onReset(): void;
}

const listed = (settings: Settings) => [...settings.includedSites, ...settings.excludedSites];

export function ResetSection({ t, settings, defaults, onReset }: ResetSectionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const forgotten = listed(settings).filter((site) => !listed(defaults).includes(site));
  const restored = listed(defaults).filter((site) => !listed(settings).includes(site));
  return (
    <>
      <p class="hint">{t('optionsResetHint')}</p>
      <button type="button" class="reset" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t('optionsResetButton')}
      </button>
      <dialog ref={dialog} class="reset-dialog" aria-labelledby="reset-title" aria-describedby="reset-intro">
        <form
          method="dialog"
          onSubmit={(event) => {
            // The button that closed the dialog decides; Escape and Cancel change nothing.
            if ((event.submitter as HTMLButtonElement | null)?.value === 'reset') onReset();
          }}
        >
          <h2 id="reset-title">{t('resetDialogTitle')}</h2>
          <p id="reset-intro">{t('resetDialogIntro')}</p>
          <ul class="resets">
            <li>{t('resetDialogHighlighting')}</li>
            <li>{t('resetDialogSites')}</li>
            {forgotten.length > 0 && <li class="forgotten">{t('resetDialogSitesForgotten', [forgotten.join(', ')])}</li>}
            {restored.length > 0 && <li class="restored">{t('resetDialogSitesRestored', [restored.join(', ')])}</li>}
            <li>{t('resetDialogRest')}</li>
          </ul>
          <p class="kept">{t('resetDialogKept')}</p>
          <div class="dialog-actions">
            <button type="submit" value="cancel" class="cancel" autofocus>
              {t('resetDialogCancel')}
            </button>
            <button type="submit" value="reset" class="confirm-reset">
              {t('resetDialogConfirm')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
