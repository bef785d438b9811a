import type { Posting } from '@/lib/types';
import { DraftView } from '@/lib/ui/DraftView';

export function DraftTab({ seed }: { seed?: Posting }) {
  return <DraftView seed={seed} />;
}
