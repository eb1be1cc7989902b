/** The ticker section of the built-in locales: only this element downloads it. */
import { addBuiltInStrings } from '../../i18n/i18n.js';
import pl from '../../i18n/locales/pl.json?section=ticker';
import de from '../../i18n/locales/de.json?section=ticker';
import en from '../../i18n/locales/en.json?section=ticker';
import uk from '../../i18n/locales/uk.json?section=ticker';

addBuiltInStrings({ pl: { ticker: pl }, de: { ticker: de }, en: { ticker: en }, uk: { ticker: uk } });
