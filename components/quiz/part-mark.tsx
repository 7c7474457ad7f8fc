import { Badge } from '@/components/ui/badge';

/** Marks one chosen part (an option, a pair) right or wrong, in an icon and a word, never colour alone. */
export function PartMark({ isRight, id }: { isRight: boolean; id?: string }) {
  return (
    <Badge tone={isRight ? 'right' : 'wrong'} className="ml-auto shrink-0 self-center text-sm">
      <span id={id}>
        <span aria-hidden="true">{isRight ? '✓ ' : '✗ '}</span>
        {isRight ? 'Right' : 'Wrong'}
      </span>
    </Badge>
  );
}
