/** The Atlas view's state, as it appears in the URL. */
import type { Activity, ActorClass } from '../../generated/graphql';

export const ATLAS_DEFAULTS = {
  tech: 'facial_recognition',
  activity: 'use',
  actor: 'all',
  year: '',
  /** The selected jurisdiction. */
  j: '',
} as const;

export type AtlasKey = keyof typeof ATLAS_DEFAULTS;

export const asActivity = (value: string): Activity => value as Activity;
export const asActor = (value: string): ActorClass => value as ActorClass;
