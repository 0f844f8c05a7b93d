// The news sites listed when a reader chooses "only listed sites"; the list lives in data/sites.json.
import sites from '../../data/sites.json';

export const DEFAULT_NEWS_SITES: readonly string[] = sites.sites;
