import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../model/parse';
import { estimateImage } from './estimate';

const est = (text: string, opts = {}) => estimateImage(parseDockerfile(text), opts);

describe('estimateImage', () => {
  it("sizes the article's python:3.9 Dockerfile at about 1 GB or more", () => {
    const r = est('FROM python:3.9\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python","main.py"]\n');
    expect(r.image!.bytes).toBeGreaterThan(1e9);
    expect(r.layers.map((l) => l.instruction)).toEqual(['FROM', 'WORKDIR', 'COPY', 'RUN', 'COPY']);
    expect(r.layers[0].why).toMatch(/python:3\.9 base image/);
    expect(r.layers[2].bytes).toBeLessThan(100e3);
    expect(r.layers[4].confidence).toBe('guessed');
    expect(r.image!.compressedBytes).toBeLessThan(r.image!.bytes);
  });
  it('ships only the final stage; the multi-stage version is far smaller', () => {
    const r = est(`FROM python:3.9-slim AS builder
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt pyinstaller
COPY . .
RUN pyinstaller --onefile main.py --name inference
FROM scratch
COPY --from=builder /app/dist/inference /app/inference
COPY --from=builder /app/model /app/model
ENTRYPOINT ["/app/inference"]
`);
    expect(r.layers.filter((l) => l.stage === 'builder').every((l) => !l.shipped)).toBe(true);
    expect(r.image!.bytes).toBeLessThan(250e6);
    expect(r.image!.bytes).toBeGreaterThan(20e6);
    const builderApt = r.layers.find((l) => l.stage === 'builder' && /build-essential/.test(l.why))!;
    expect(builderApt.bytes).toBeGreaterThan(150e6);
  });
  it('finds a PyInstaller bundle where --distpath puts it', () => {
    const r = est('FROM python:3.12 AS b\nRUN pip install --no-cache-dir numpy pyinstaller\nRUN python -m PyInstaller --onefile --distpath /opt/bundle app.py\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=b /opt/bundle/app /usr/local/bin/app\n');
    const copy = r.layers[r.layers.length - 1];
    expect(copy.why).toMatch(/PyInstaller bundle/);
    expect(copy.bytes).toBeGreaterThan(20e6);
  });
  it('counts apt lists left in a layer and removed in a later one as waste', () => {
    const same = est('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n');
    const later = est('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n');
    expect(same.wastedBytes).toBe(0);
    expect(later.wastedBytes).toBeGreaterThan(15e6);
    expect(later.layers[1].wastedBytes).toBe(later.wastedBytes);
    expect(later.image!.bytes - same.image!.bytes).toBeGreaterThan(15e6);
    expect(later.efficiency).toBeLessThan(1);
    expect(same.layers[1].why).toMatch(/curl/);
  });
  it('--no-install-recommends makes apt layers smaller', () => {
    const rec = est('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n');
    const norec = est('FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n');
    expect(rec.layers[1].bytes).toBeGreaterThan(norec.layers[1].bytes);
  });
  it('COPY --from carries what the source stage wrote under the path, not the stage total', () => {
    const r = est(`FROM python:3.12-slim AS build
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir numpy
RUN apt-get update && apt-get install -y gcc
FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
`);
    const copy = r.layers[r.layers.length - 1];
    expect(copy.bytes).toBeGreaterThan(20e6);
    expect(copy.bytes).toBeLessThan(150e6);
    expect(copy.why).toMatch(/\/opt\/venv/);
  });
  it('pip cache stays unless --no-cache-dir', () => {
    const cached = est('FROM python:3.12-slim\nRUN pip install pandas\n');
    const clean = est('FROM python:3.12-slim\nRUN pip install --no-cache-dir pandas\n');
    expect(cached.layers[1].bytes).toBeGreaterThan(clean.layers[1].bytes);
  });
  it('uses the typed context size and the target stage', () => {
    const text = 'FROM alpine:3.22 AS a\nCOPY . /src\nFROM a AS b\nRUN apk add --no-cache curl\n';
    const r = est(text, { contextBytes: 5e6, target: 'a' });
    expect(r.layers[1].bytes).toBe(5e6);
    expect(r.stages.find((s) => s.name === 'a')!.shipped).toBe(true);
    expect(r.layers.filter((l) => l.stage === 'b').every((l) => !l.shipped)).toBe(true);
    const full = est(text, { contextBytes: 5e6 });
    expect(full.layers.find((l) => l.stage === 'b' && l.instruction === 'FROM')!.bytes).toBeGreaterThan(5e6);
  });
  it('metadata instructions make no layers; re-permissioning wastes the earlier copy', () => {
    const r = est('FROM node:22-slim\nENV NODE_ENV=production\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN chown -R node /app\nEXPOSE 3000\nCMD ["node","index.js"]\n');
    expect(r.layers.map((l) => l.instruction)).toEqual(['FROM', 'WORKDIR', 'COPY', 'RUN', 'COPY', 'RUN']);
    expect(r.wastedBytes).toBeGreaterThan(50e6);
    expect(r.layers[3].why).toMatch(/production/);
  });
  it('RUN --mount=type=cache keeps caches out of the layer', () => {
    const r = est('FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install pandas\n');
    const plain = est('FROM python:3.12-slim\nRUN pip install pandas\n');
    expect(r.layers[1].bytes).toBeLessThan(plain.layers[1].bytes);
  });
});
