'use client';

import type { QuestionView } from '@/lib/attempts/views';
import type { Response, ResponseOf } from '@/lib/grading/response';
import { FillBlankInput } from './fill-blank-input';
import { FindEvidenceInput } from './find-evidence-input';
import { MatchingInput } from './matching-input';
import { MultipleSelectInput } from './multiple-select-input';
import { OrderingInput } from './ordering-input';
import { SingleChoiceInput } from './single-choice-input';
import { TrueFalseInput } from './true-false-input';
import { WhoSaysSoInput } from './who-says-so-input';

export type QuestionInputProps = {
  question: QuestionView;
  value: Response | undefined;
  onChange: (response: Response) => void;
  disabled?: boolean;
  /** Checked feedback on the chosen parts (FeedbackView.marks), shown on the options themselves. */
  marks?: Record<string, boolean>;
};

function ofType<T extends Response['type']>(value: Response | undefined, type: T): ResponseOf<T> | undefined {
  return value?.type === type ? (value as ResponseOf<T>) : undefined;
}

/**
 * The input for one question, controlled by the caller. Choosing an answer only reports it:
 * checking, saving and moving on are always the learner's own, separate actions.
 */
export function QuestionInput({ question, value, onChange, disabled, marks }: QuestionInputProps) {
  const common = { prompt: question.prompt, onChange, disabled, marks };
  switch (question.type) {
    case 'single-choice':
      return <SingleChoiceInput {...common} options={question.options} value={ofType(value, 'single-choice')} />;
    case 'who-says-so':
      return <WhoSaysSoInput {...common} options={question.options} value={ofType(value, 'who-says-so')} />;
    case 'find-evidence':
      return (
        <FindEvidenceInput
          {...common}
          paragraphNumber={question.paragraphNumber}
          options={question.options}
          value={ofType(value, 'find-evidence')}
        />
      );
    case 'true-false':
      return <TrueFalseInput {...common} value={ofType(value, 'true-false')} />;
    case 'multiple-select':
      return <MultipleSelectInput {...common} options={question.options} value={ofType(value, 'multiple-select')} />;
    case 'fill-blank':
      return <FillBlankInput {...common} value={ofType(value, 'fill-blank')} />;
    case 'matching':
      return (
        <MatchingInput {...common} left={question.left} right={question.right} value={ofType(value, 'matching')} />
      );
    case 'ordering':
      return <OrderingInput {...common} options={question.options} value={ofType(value, 'ordering')} />;
  }
}
