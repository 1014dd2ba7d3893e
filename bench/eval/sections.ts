// The sections of `npm run eval`, in the order they run. One line each: a new
// kind of judgement registers its own section here.
import {alignSection} from './align.js';
import {datesSection} from './dates.js';
import type {Section} from './dev-data.js';
import {groupsSection} from './groups.js';
import {htmlSection} from './html.js';
import {pagesSection} from './pages.js';
import {reuseSection} from './reuse.js';
import {titlesSection} from './titles.js';

export const sections: Section[] = [pagesSection, htmlSection, titlesSection, datesSection, reuseSection, alignSection, groupsSection];
