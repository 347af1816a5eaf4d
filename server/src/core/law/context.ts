import { Locale } from '../diagnostics/types';
import { Settings } from '../settings';
import { IsoDate } from '../text/dates';

/** What every law-engine function needs besides the case: the as-of date of the case and the settings. */
export interface LawContext {
  /** The file the case is in (uri of diagnostics). */
  uri: string;
  locale: Locale;
  settings: Settings;
  /** The as-of date of this case: --as-of, else its filing date, else today. */
  asOf: IsoDate;
  /** The day before asOf: the last day interest is computed through. */
  interestThrough: IsoDate;
}
