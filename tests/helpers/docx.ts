import { AlignmentType, LevelFormat, LevelSuffix } from 'docx';

/**
 * The numbering of a plan typed in Word as one automatic list, reference `plan`: `一、` (chinese counting) at level 0,
 * `1.` (decimal) at level 1. For `new Document({ numbering: PLAN_NUMBERING, … })`.
 */
export const PLAN_NUMBERING = {
  config: [
    {
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
