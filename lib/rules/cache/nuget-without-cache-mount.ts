import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'nuget-without-cache-mount',
  alias: 'DL3074',
  tool: 'NuGet (dotnet)',
  matches: (cmd) => hasAnyArg(cmd, ['dotnet'], ['restore', 'build', 'publish', 'test']) || hasAnyArg(cmd, ['nuget'], ['restore', 'install']),
  cachePaths: ['.nuget'],
  suggestion: '--mount=type=cache,target=/root/.nuget/packages',
  bad: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /out',
  good: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.nuget/packages dotnet publish -c Release -o /out',
});
