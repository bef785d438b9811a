import { useMemo } from 'preact/hooks';
import { localArea } from '@/lib/browser/storage-area';
import type { Posting } from '@/lib/types';
import { DraftView } from '@/lib/ui/DraftView';

export function DraftTab({ seed }: { seed?: Posting }) {
  const area = useMemo(() => localArea(), []);
  return <DraftView area={area} seed={seed} />;
}
