// The language our pages speak: the reader's setting, else the browser's UI language.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings';
import type { Lang } from '../core/types';
import { pickLanguage } from '../ui/i18n';

export const uiLanguage = (setting: Settings['language']): Lang => pickLanguage(setting, browser.i18n.getUILanguage());
