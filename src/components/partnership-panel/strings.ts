/** The panel section of the built-in locales: only this element downloads it. */
import { addBuiltInStrings } from '../../i18n/i18n.js';
import pl from '../../i18n/locales/pl.json?section=panel';
import de from '../../i18n/locales/de.json?section=panel';
import en from '../../i18n/locales/en.json?section=panel';
import uk from '../../i18n/locales/uk.json?section=panel';

addBuiltInStrings({ pl: { panel: pl }, de: { panel: de }, en: { panel: en }, uk: { panel: uk } });
