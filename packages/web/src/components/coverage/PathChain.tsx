/** One explanation path, step by step: France → member of → European Union. */
import type { RelationshipType } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { RELATIONSHIP_NAMES, pick } from '../../i18n/labels';

export interface Step {
  id: string;
  name: string;
  via?: RelationshipType | null;
}

export function PathChain({ steps, label }: { steps: readonly Step[]; label: string }) {
  const { lang } = useI18n();
  if (steps.length === 0) return null;
  return (
    <p className="path-chain">
      <span className="muted">{label} </span>
      {steps.map((step, index) => (
        <span key={`${step.id}-${index}`}>
          {index > 0 && (
            <span className="path-via">
              {' → '}
              {step.via ? pick(RELATIONSHIP_NAMES[step.via], lang, step.via) : ''}
              {' → '}
            </span>
          )}
          <bdi>{step.name}</bdi>
        </span>
      ))}
    </p>
  );
}
