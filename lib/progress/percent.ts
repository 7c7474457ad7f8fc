// Progress pages write percentages by the one score rule.
export { toPercent } from '@/lib/format/score';
