import { child, elements, isOn, valOf, type XmlElement } from './ooxml.js';

/**
 * The paragraph properties the reader needs, from a paragraph's own `w:pPr` or its style chain: numbering
 * (`w:numPr`), alignment (`w:jc`) and outline level (`w:outlineLvl`, 0 = Heading 1).
 */
export interface ParagraphProps {
  numId?: string;
  ilvl?: number;
  jc?: string;
  outlineLvl?: number;
}

interface Style {
  basedOn?: string;
  props: ParagraphProps;
  /** Its run properties' `w:vanish`: true or false when the style sets it, undefined when it leaves it to its base. */
  vanish?: boolean;
}

/**
 * The paragraph styles of `word/styles.xml` (ECMA-376 Part 1 §17.7): a style's properties are its own over those
 * of the style it is `w:basedOn`; a paragraph without `w:pStyle` has the default paragraph style (`w:default="1"`).
 */
export class DocxStyles {
  private readonly styles = new Map<string, Style>();
  private readonly defaultStyle?: string;

  /** @param root the root of `word/styles.xml`, when the file has one. */
  constructor(root: XmlElement | undefined) {
    for (const s of root ? elements(root, 'w:style') : []) {
      const id = s.attrs['w:styleId'];
      if (id === undefined) continue;
      const rPr = child(s, 'w:rPr');
      this.styles.set(id, { basedOn: valOf(s, 'w:basedOn'), props: readProps(child(s, 'w:pPr')), vanish: child(rPr, 'w:vanish') ? isOn(rPr, 'w:vanish') : undefined });
      if (s.attrs['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '')) this.defaultStyle = id;
    }
  }

  /**
   * The properties of a paragraph: its own `w:pPr` first, then its style and the styles that style is based on.
   * @param pPr the paragraph's `w:pPr`, if any.
   */
  paragraph(pPr: XmlElement | undefined): ParagraphProps & { styleId?: string } {
    const styleId = valOf(pPr, 'w:pStyle') ?? this.defaultStyle;
    const out: ParagraphProps & { styleId?: string } = { ...readProps(pPr), styleId };
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      out.numId ??= style.props.numId;
      out.ilvl ??= style.props.ilvl;
      out.jc ??= style.props.jc;
      out.outlineLvl ??= style.props.outlineLvl;
      id = style.basedOn;
    }
    return out;
  }

  /**
   * Whether a style (a paragraph's or a run's) hides its text (`w:vanish` in its run properties, or in a style it is
   * based on): an office system's hidden fields, probe 141, whose units Word did not show and fengong had read.
   */
  hides(styleId: string | undefined): boolean {
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return false;
      if (style.vanish !== undefined) return style.vanish;
      id = style.basedOn;
    }
    return false;
  }

  /** The `w:numId` a numbering style (the target of a `w:numStyleLink`) points to. */
  numIdOf(styleId: string): string | undefined {
    return this.styles.get(styleId)?.props.numId;
  }
}

function readProps(pPr: XmlElement | undefined): ParagraphProps {
  const numPr = child(pPr, 'w:numPr');
  const ilvl = valOf(numPr, 'w:ilvl');
  const outline = valOf(pPr, 'w:outlineLvl');
  return {
    numId: valOf(numPr, 'w:numId'),
    ilvl: ilvl === undefined ? undefined : Number(ilvl),
    jc: valOf(pPr, 'w:jc'),
    // Level 9 is Word's "body text": no outline level.
    outlineLvl: outline === undefined || Number(outline) >= 9 ? undefined : Number(outline),
  };
}
