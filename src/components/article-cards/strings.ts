/** The cards section of the built-in locales: only this element downloads it. */
import { addBuiltInStrings } from '../../i18n/i18n.js';
import pl from '../../i18n/locales/pl.json?section=cards';
import de from '../../i18n/locales/de.json?section=cards';
import en from '../../i18n/locales/en.json?section=cards';
import uk from '../../i18n/locales/uk.json?section=cards';

addBuiltInStrings({ pl: { cards: pl }, de: { cards: de }, en: { cards: en }, uk: { cards: uk } });
