import { describe, it, expect } from 'vitest';
import { rule } from './package-index-update-alone';
import { linesOf } from '../testing';

describe('package-index-update-alone', () => {
  it('flags a refresh without an install in the same RUN', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM alpine\nRUN apk update\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM fedora\nRUN dnf makecache\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM opensuse/leap\nRUN zypper --non-interactive refresh\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM debian\nRUN apt-get -o Acquire::Retries=3 update && echo done\n')).toEqual([2]);
  });
  it('flags an install that comes before the refresh', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get install -y curl; apt-get update\n')).toEqual([2]);
  });
  it('accepts refresh and install together', () => {
    expect(linesOf(rule, 'FROM debian\nRUN apt-get update && apt-get install -y curl\n')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN apt-get update && apt-get upgrade -y\n')).toEqual([]);
    expect(linesOf(rule, 'FROM alpine\nRUN apk update && apk add curl\nRUN apk --update add git\n')).toEqual([]);
    expect(linesOf(rule, 'FROM centos\nRUN yum update -y && yum clean all\n')).toEqual([]);
    expect(linesOf(rule, 'FROM debian\nRUN sudo apt-get update && sudo apt-get install -y curl\n')).toEqual([]);
  });
  it('checks ONBUILD RUN', () => {
    expect(linesOf(rule, 'FROM debian\nONBUILD RUN apt-get update\n')).toEqual([2]);
  });
});
