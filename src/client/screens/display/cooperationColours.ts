import type { CooperationLevel } from '../../../analysis/cooperation.ts';

/** Edge colours of the cooperation levels: a dark-to-strong ramp that stays readable on a white projector screen. */
export const COOPERATION_COLOURS: Record<CooperationLevel, string> = {
  none: '#9e9e9e',
  networking: '#6a7fdb',
  coordinating: '#1f5fbf',
  cooperating: '#0b7a3e',
  collaborating: '#5a2d91',
};
