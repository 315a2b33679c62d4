/**
 * The responsibility matrix, format v1: the data contract between `fengong parse` and everything that reads
 * its output (`validate`, `units`, `tasks`, `export`, CI jobs). Its machine form is
 * `schemas/matrix.schema.json`; its prose form is `docs/matrix-format.md` (from the team's shared contract).
 * Field order in every interface is the order the writers emit.
 */

/** Where the notice came from: the path as given on the command line and the SHA-256 of its bytes (64 hex). */
export interface MatrixSource {
  file: string;
  sha256: string;
}

/** The notice's header, per GB/T 9704 §7.2–7.3 (版头, 主体) and §7.3.5 (署名, 成文日期). */
export interface MatrixDocument {
  /** The plan's own title line; else the text inside 《…》 of the notice title. White space removed. */
  title: string | null;
  /** The covering notice's title (标题); null when the document has no covering notice. */
  notice: string | null;
  /** 发文字号, e.g. `乐府发〔2023〕61号`; white space removed; null when absent. */
  docNumber: string | null;
  /** 发文机关 from the signature (署名), else from the notice title; null when absent. */
  issuer: string | null;
  /** 成文日期 as an ISO 8601 date `YYYY-MM-DD`; null when absent. */
  date: string | null;
  /** 主送机关, split like unit lists. */
  recipients: string[];
  source?: MatrixSource;
}

/** One numbered item of the plan. `line` is 1-based in the input as decoded (for .docx: paragraph number). */
export interface OutlineItem {
  id: string;
  /** The numbering marker as written, e.g. `一、`, `（二）`, `3.`, `（1）`, `①`; for a bare table row number, the number. */
  marker: string;
  title: string | null;
  line: number;
  children: OutlineItem[];
}

/** A deadline (完成时限) as written, and the last day of the period it names (ISO date) or null. */
export interface Deadline {
  text: string;
  due: string | null;
}

/** 1-based, inclusive line range in the input file. */
export interface TaskSource {
  line: number;
  endLine: number;
}

/** The three roles a unit can have in a task. */
export type Role = 'lead' | 'responsible' | 'support';
export const ROLES: readonly Role[] = ['lead', 'responsible', 'support'];

/** An item (or a `#k` paragraph of an item) that carries responsibility markers. */
export interface Task {
  /** Outline id (`2.2.3`), `<item id>#k`, `#k`, optionally with a `-n` repeat suffix. */
  id: string;
  /** The marker of its item, or null for a `#k` task. */
  marker: string | null;
  /** Titles of its ancestors, outermost first. */
  path: string[];
  title: string | null;
  text: string;
  /** 牵头单位. */
  lead: string[];
  /** 责任单位. */
  responsible: string[];
  /** 配合单位. */
  support: string[];
  deadline: Deadline | null;
  /** 责任领导 / 分管领导: people or posts, never units. Optional. */
  leaders?: string[];
  source: TaskSource;
}

/** A whole responsibility matrix. */
export interface Matrix {
  schemaVersion: 1;
  document: MatrixDocument;
  outline: OutlineItem[];
  tasks: Task[];
}

/** The id grammar of the format: `2.2.3`, `72`, `3#1`, `#1`, `2.2.12-2`. */
export const ID_PATTERN =
  '^(?:(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))*(?:#[1-9][0-9]*)?|#[1-9][0-9]*)(?:-[2-9]|-[1-9][0-9]+)?$';
export const ID_RE = new RegExp(ID_PATTERN);
