/** Match patterns of the job boards RoleLens has adapters for: the optional host permissions of automatic analysis. */
import { ADAPTERS } from './index';

export const BOARD_ORIGINS: readonly string[] = ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://*.${h}/*`));
