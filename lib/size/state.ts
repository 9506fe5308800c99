/** What the estimator knows about one stage while walking its instructions. */
import type { Confidence } from '../types';
import type { AptSuite } from './data';
import type { InstalledPackages } from './apt';
import type { BaseImageInfo } from './base-image';
import { Vfs } from './vfs';

export interface StageState {
  index: number;
  name: string;
  base: BaseImageInfo;
  vfs: Vfs;
  env: Record<string, string>;
  workdir: string;
  apt: {
    table: AptSuite;
    suite: string;
    installed: InstalledPackages;
    /** false on slim/Ubuntu images: dpkg excludes docs, man pages and locales */
    docs: boolean;
    /** set by an apt config file or `-o APT::Install-Recommends=false` seen earlier */
    noRecommends: boolean;
    /** official Debian/Ubuntu images delete downloaded .debs (docker-clean) */
    dockerClean: boolean;
  } | null;
  apk: Set<string>;
  pip: Set<string>;
  /** installed bytes of pip packages in this stage (what a PyInstaller bundle carries) */
  pipBytes: number;
  /** confidence per vfs label, for the layer that wrote it */
  confidence: Map<string, Confidence>;
  /** global layer index of each apt/apk install share, by requested name, for purge/del */
  installs: Map<string, string[]>;
  /** apt installs marked automatically installed (`apt-mark auto`): an autoremove takes them */
  aptAuto: Set<string>;
  /** the packages of each apt install share (by vfs path), for what a purge keeps */
  aptSharePkgs: Map<string, readonly string[]>;
  /**
   * `ldd … | xargs apt-mark manual` ran: the libraries built programs link against are marked
   * manual, so a purge of the -dev packages that pulled them in keeps them
   */
  aptLinkedKept: boolean;
  /** image path -> context path of the dependency lists COPY brought whose text is known */
  contextFiles: Map<string, string>;
  counter: number;
}

export function newState(index: number, name: string, base: BaseImageInfo): StageState {
  return {
    index, name, base, vfs: new Vfs(), env: {}, workdir: '/', apt: null, apk: new Set(), pip: new Set(),
    pipBytes: 0, confidence: new Map(), installs: new Map(), aptAuto: new Set(), aptSharePkgs: new Map(), aptLinkedKept: false, contextFiles: new Map(), counter: 0,
  };
}

export function cloneState(s: StageState, index: number, name: string): StageState {
  return {
    ...s, index, name, vfs: s.vfs.clone(), env: { ...s.env },
    apt: s.apt ? { ...s.apt, installed: { packages: new Set(s.apt.installed.packages), id: s.apt.installed.id } } : null,
    apk: new Set(s.apk), pip: new Set(s.pip), confidence: new Map(s.confidence), installs: new Map(s.installs), aptAuto: new Set(s.aptAuto), aptSharePkgs: new Map(s.aptSharePkgs),
    contextFiles: new Map(s.contextFiles),
  };
}
