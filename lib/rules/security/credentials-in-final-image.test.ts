import { describe, it, expect } from 'vitest';
import { rule } from './credentials-in-final-image';
import { linesOf } from '../testing';

describe('credentials-in-final-image', () => {
  it('flags credential names the generic secret rule does not catch, with front-end prefixes', () => {
    expect(linesOf(rule, 'FROM alpine\nENV AZURE_CLIENT_ID=x\nARG VITE_AZURE_CLIENT_ID\n')).toEqual([2, 3]);
    // AWS_SECRET_ACCESS_KEY is left to secret-in-arg-or-env
    expect(linesOf(rule, 'FROM alpine\nENV AWS_SECRET_ACCESS_KEY=x\n')).toEqual([]);
  });
  it('only looks at the final stage', () => {
    expect(linesOf(rule, 'FROM alpine AS build\nENV AZURE_CLIENT_ID=x\nFROM alpine\nRUN true\n')).toEqual([]);
  });
  it('flags a credentials file variable pointing into a copied directory', () => {
    expect(linesOf(rule, 'FROM python\nCOPY /src /app\nENV GOOGLE_APPLICATION_CREDENTIALS="./app/google-storage-service.json"\n')).toEqual([3]);
    expect(linesOf(rule, 'FROM python\nCOPY /src /app\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/sa.json\n')).toEqual([]);
  });
  it('flags COPY to a credentials file variable', () => {
    expect(linesOf(rule, 'FROM python\nENV AWS_CONFIG_FILE=/x\nCOPY config $AWS_CONFIG_FILE\n')).toEqual([3]);
  });
  it('flags credential setup in RUN unless a secret mount is used', () => {
    expect(linesOf(rule, 'FROM amazon/aws-cli\nRUN aws configure set aws_secret_access_key "$KEY"\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM google/cloud-sdk\nRUN gcloud auth activate-service-account --key-file=k.json\n')).toEqual([2]);
    expect(linesOf(rule, 'FROM google/cloud-sdk\nRUN --mount=type=secret,id=gcp gcloud auth activate-service-account --key-file=/run/secrets/gcp\n')).toEqual([]);
    expect(linesOf(rule, 'FROM amazon/aws-cli\nRUN aws configure set region eu-west-1\n')).toEqual([]);
  });
});
