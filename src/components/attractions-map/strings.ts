/** The map section of the built-in locales: only this element downloads it. */
import { addBuiltInStrings } from '../../i18n/i18n.js';
import pl from '../../i18n/locales/pl.json?section=map';
import de from '../../i18n/locales/de.json?section=map';
import en from '../../i18n/locales/en.json?section=map';
import uk from '../../i18n/locales/uk.json?section=map';

addBuiltInStrings({ pl: { map: pl }, de: { map: de }, en: { map: en }, uk: { map: uk } });
