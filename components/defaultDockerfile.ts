/** The source article's worked example: the playground opens on it (and falls back to it). */
export const DEFAULT_DOCKERFILE = `FROM python:3.9
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;
