// Card frame entry: the extension page the content script puts in the page's <iframe>. It takes
// its port from the content script (src/frame/accept-port.ts), then asks the background for card
// data and records predictions there itself. Wiring only.
import { acceptPortFromParent } from '../../frame/accept-port';
import { startCardFrameSession, type FrameSettings } from '../../frame/card-session';
import type { Settings } from '../../core/settings';
import { isContextInvalidated, sendToBackground } from '../../platform/messages';
import { uiLanguage } from '../../platform/ui-language';
import { loadSettings, onSettingsChanged } from '../../platform/settings-store';
import cardStyles from '../../ui/card.css';
import frameStyles from '../../ui/card/card-frame.css';
import { adoptStyles } from '../../ui/adopt-styles';
import { appRoot } from '../../ui/app-root';

adoptStyles(document, `${cardStyles}\n${frameStyles}`);

// The secret leaves the address bar (and what the background sees as our URL) once read.
const nonce = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

const frameSettings = (settings: Settings): FrameSettings => ({ lang: uiLanguage(settings.language), classroom: settings.classroom });

acceptPortFromParent(window, nonce, (port) => {
  startCardFrameSession({
    document,
    root: appRoot(document),
    port,
    settings: loadSettings().then(frameSettings),
    onSettingsChanged: (callback) => void onSettingsChanged((settings) => callback(frameSettings(settings))),
    lookup: (entityId) => sendToBackground('ExtensionPageToBackground.lookupEntity', { entityId }),
    record: (prediction) => sendToBackground('CardToBackground.recordPrediction', { prediction }),
    openSource: (sourceId, claimId) => sendToBackground('CardToBackground.openSource', { sourceId, claimId }),
    isContextGone: isContextInvalidated,
  });
});
