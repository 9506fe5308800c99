/** 레슨 본문(한국어). 중괄호 자리표시자는 빌드할 때 추정기 결과로 채워집니다(types.ts 참고). */
import type { LessonId } from '../types';
import type { LessonText } from './types';

export const KO: Record<LessonId, LessonText> = {
  'why-size': {
    title: '이미지 크기가 중요한 이유',
    summary:
      '이미지에 들어간 1 MB는 한 번으로 끝나지 않습니다. 기다리는 시간, 저장소와 네트워크 요금, 느린 기동으로 계속 비용을 치르게 됩니다. 이번 레슨에서는 그 비용을 숫자로 확인해 봅니다.',
    sections: [
      {
        heading: '이미지와 함께 커지는 세 가지 비용',
        paragraphs: [
          '이미지는 한 번 빌드하지만 여러 번 옮겨집니다. CI가 돌 때마다 push하고, 배포할 때마다 이미지가 없는 머신으로 pull하며, 레지스트리는 지우지 않은 모든 태그를 보관합니다.',
          '시간: 이미지가 클수록 빌드, push, pull이 모두 느려지고, 커밋에서 실행까지 걸리는 주기가 팀 전체에서 길어집니다.',
          '비용: 레지스트리는 저장 용량에, 클라우드는 밖으로 나가는 전송량에 요금을 매깁니다. 둘 다 이미지 크기와 배포 횟수에 비례해 늘어납니다.',
          '성능: 새 노드는 이미지가 디스크에 내려받아져야 컨테이너를 시작할 수 있습니다. 부하가 몰려 오토스케일러가 노드를 늘릴 때, 사용자가 얼마나 기다릴지는 이미지 크기가 정합니다.',
        ],
      },
      {
        heading: '원문 글의 예제',
        paragraphs: [
          '원문 글은 흔히 볼 수 있는 Python Dockerfile(아래 왼쪽)에서 출발합니다. 이 파일로 만든 이미지는 약 1.2 GB였고, 이 레슨들에서 다루는 기법을 적용해 약 85 MB로 줄였다고 합니다. 90 % 이상 줄어든 셈이고, 애플리케이션에 따라서는 최대 99 %까지 줄일 수 있다고 소개합니다.',
          'Layerlab의 추정기는 실제로 빌드하지 않고, 보이지 않는 부분은 추정합니다. 같은 파일을 디스크 기준 {beforeSize}(내려받을 압축 크기 {beforeCompressed})로 계산합니다. 대부분은 프로그램이 쓰지도 않는 컴파일러와 헤더가 들어 있는 전체 `python:3.9` 베이스 이미지입니다. requirements와 빌드 컨텍스트는 여기서 보이지 않아 일반적인 크기로 가정했으니, 플레이그라운드에서 실제 값을 입력하면 더 정확해집니다.',
          '오른쪽 파일은 앞의 세 레슨을 적용한 결과입니다. 빌더 스테이지, slim 베이스, pip 캐시 제거를 적용했고 추정 크기는 {afterSize}(압축 {afterCompressed}), {reduction} 작아졌습니다. 원문의 85 MB까지 가려면 Distroless 레슨이 필요하며, 그 단계에서 실제로 무엇이 배포되는지도 꼼꼼히 살펴봐야 합니다.',
        ],
      },
      {
        heading: '직접 계산해 보기',
        paragraphs: [
          '아래 계산기는 위의 두 추정치를 사용합니다. 대역폭, 보관하는 태그 수, 하루 배포 횟수를 바꿔 가며 팀에게 어떤 차이가 생기는지 확인해 보세요. 레지스트리는 레이어를 한 번만 저장하므로, 같은 베이스 이미지를 쓰는 태그끼리는 그 위에 쌓인 레이어만 추가로 저장됩니다.',
        ],
      },
    ],
    beforeCaption: '원문 글의 Dockerfile',
    afterCaption: '같은 애플리케이션을 가볍게',
    alternatives: [],
    keyPoints: [
      '크기는 시간(빌드, push, pull), 비용(저장, 전송), 성능(콜드 스타트, 확장)으로 돌아옵니다.',
      '원문 글: 약 1.2 GB에서 약 85 MB로, 모든 기법을 쓰면 최대 99 %까지.',
      '보통 이미지의 대부분은 베이스 이미지이고, 애플리케이션은 작은 부분인 경우가 많습니다.',
      '추정치는 추정치일 뿐입니다. 빌드가 되면 `docker image ls`로 실제 크기를 재어 보세요.',
    ],
  },
  'multi-stage': {
    title: '멀티 스테이지 빌드',
    summary:
      '빌드는 한 스테이지에서, 배포는 다른 스테이지에서 합니다. 컴파일러, 헤더, 캐시는 빌더에 남겨 두고 실행에 필요한 것만 다음 스테이지로 복사합니다.',
    sections: [
      {
        heading: '빌드할 때와 실행할 때 필요한 것은 다릅니다',
        paragraphs: [
          'C 확장이 있는 Python 패키지를 설치하려면 `gcc`, 헤더, `build-essential`이 필요합니다. 하지만 설치된 결과를 실행하는 데에는 하나도 필요 없습니다. 스테이지가 하나뿐인 Dockerfile에서는 빌드하려고 설치한 도구가 전부 운영 환경까지 따라가고, 나중 줄에서 지워도 한 번 쓴 레이어는 이미지에 그대로 남습니다.',
          '멀티 스테이지 Dockerfile에는 `FROM`이 여러 번 나옵니다. `FROM`마다 새 스테이지가 시작되고, 마지막 스테이지(또는 `--target`으로 지정한 스테이지)만 이미지가 됩니다. `COPY --from=builder`로 앞 스테이지에서 필요한 파일만 골라 오고 나머지는 버립니다.',
        ],
      },
      {
        heading: 'Python에서 쓰는 패턴',
        paragraphs: [
          '빌더는 컴파일러를 설치한 뒤 `pip install --prefix=/install`을 실행해 패키지를 복사하기 쉬운 한 디렉터리에 모읍니다. 실행 스테이지는 같은 Python 버전의 slim 이미지에서 새로 시작하고, `/install`을 그 인터프리터가 패키지를 찾는 `/usr/local`로 복사합니다.',
          '두 스테이지의 Python 버전과 Debian 릴리스는 같게 맞추세요. 컴파일된 확장 모듈은 빌더의 인터프리터와 C 라이브러리에 맞춰 만들어지기 때문입니다. 예제는 더 이상 보안 업데이트가 나오지 않는 Python 3.9 대신 3.12를 씁니다.',
          '추정기는 단일 스테이지 파일을 {beforeSize}, 두 스테이지 파일을 {afterSize}로 계산합니다. {reduction} 작아졌습니다. 빌더 스테이지도 빌드되고 빌드 머신에 캐시되지만, push나 pull 되지는 않습니다.',
        ],
      },
      {
        heading: '원문 글의 방식과 달라진 점',
        paragraphs: [
          '원문 글의 빌드 스테이지는 `python:3.9-slim`을 쓰고, `--no-install-recommends`로 `build-essential gcc`를 설치한 뒤 같은 RUN에서 apt 목록을 지웁니다. 그다음 PyInstaller로 프로그램을 실행 파일 하나로 묶고, 프로덕션 스테이지에서 그 파일을 `scratch`에 복사합니다. 앞부분은 위 패턴과 똑같습니다. 하지만 `scratch` 부분은 쓰인 그대로는 실행되지 않습니다. 이유와 동작하는 방법은 Distroless 레슨에서 다룹니다.',
        ],
      },
    ],
    beforeCaption: '스테이지 하나: 컴파일러까지 배포됨',
    afterCaption: '스테이지 둘: 결과물만 배포됨',
    alternatives: [],
    keyPoints: [
      '배포되는 것은 마지막 스테이지뿐이고, 나머지는 빌드 과정입니다.',
      '환경이 아니라 결과물을 복사하세요: `COPY --from=builder /install /usr/local`.',
      '빌더와 실행 환경의 Python 버전과 C 라이브러리를 맞추세요.',
      '스테이지에 이름(`AS builder`)을 붙이면 `COPY --from`이 순서에 의존하지 않습니다.',
    ],
  },
  layers: {
    title: '레이어 최적화',
    summary:
      '명령어 하나가 레이어 하나를 만들고, 레이어는 파일을 더할 수만 있습니다. 파일을 만들고 지우는 명령은 하나로 묶고, 느린 단계가 캐시에 남도록 순서를 정합니다.',
    sections: [
      {
        heading: '뒤의 레이어로는 이미지를 줄일 수 없습니다',
        paragraphs: [
          '이미지는 레이어를 쌓은 것이고, RUN, COPY, ADD가 레이어를 하나씩 씁니다. 뒤의 레이어에서 파일을 지우면 보이지 않게 가려질 뿐, 바이트는 앞 레이어에 그대로 남아 내려받아집니다. 그래서 `RUN apt-get clean`을 따로 한 줄로 쓰면 아무것도 줄지 않습니다.',
          '해결책은 파일을 만든 바로 그 RUN에서 정리하는 것입니다. `apt-get update && apt-get install ... && rm -rf /var/lib/apt/lists/*`처럼 `&&`로 이어 쓰면 중간에 실패했을 때 빌드도 멈춥니다. 원문 글도 `python3-pip`와 `pip3 install numpy pandas`로 이 방법을 보여 줍니다.',
          '캐시도 마찬가지입니다. `pip install --no-cache-dir`와 `apt-get install --no-install-recommends`를 쓰면 내려받은 아카이브와 선택 패키지가 애초에 레이어에 들어가지 않습니다.',
        ],
      },
      {
        heading: '캐시를 생각한 순서',
        paragraphs: [
          'Docker는 명령어와 그 앞의 모든 단계가 그대로일 때만 캐시된 레이어를 다시 씁니다. `COPY . .`가 위쪽에 있으면 파일 하나만 고쳐도 그 뒤 레이어가 모두 무효가 되어, 커밋할 때마다 패키지를 다시 내려받아 설치합니다.',
          '자주 바뀌지 않는 것(시스템 패키지, 그다음 의존성)을 먼저, 자주 바뀌는 것(코드)을 마지막에 두세요. 각 단계에는 필요한 파일만 복사합니다. 설치 전에는 requirements 파일만, 설치 후에 소스 코드를 복사합니다.',
        ],
      },
      {
        heading: '추정기가 보는 차이',
        paragraphs: [
          '원래 파일은 {beforeSize}, 고친 파일은 {afterSize}로 추정됩니다({reduction} 감소). 절약분의 일부는 이제 레이어에 남지 않는 apt 목록과 캐시이고, 일부는 `python3-dev`입니다. numpy와 pandas는 미리 빌드된 wheel을 제공하므로 헤더나 컴파일러가 필요 없습니다. 버전을 고정해 두면 다음 빌드가 모르는 사이에 새 릴리스를 가져오는 일도 막을 수 있습니다.',
          '레이어 수를 줄이는 것은 목표가 아니라 결과입니다. 줄 하나만 바뀌어도 전부 다시 설치하는 거대한 RUN 하나보다, 각자 뒷정리를 하는 잘 정렬된 RUN 세 개가 낫습니다.',
        ],
      },
    ],
    beforeCaption: 'RUN마다 명령 하나, 정리는 너무 늦게',
    afterCaption: '설치와 정리는 한 레이어에서, 코드는 마지막에',
    alternatives: [],
    keyPoints: [
      '뒤 레이어에서 지워도 이미지는 줄지 않습니다. 같은 RUN 안에서 정리하세요.',
      '`--no-cache-dir`와 `--no-install-recommends`로 불필요한 파일이 레이어에 들어가지 않게 합니다.',
      '자주 바뀌지 않는 것부터 자주 바뀌는 것 순서로 명령어를 배치합니다.',
      '의존성 목록은 설치 전에, 코드는 설치 후에 복사합니다.',
    ],
  },
  'minimal-base': {
    title: '최소화된 베이스 이미지',
    summary:
      '배포하는 레이어 중 가장 큰 것은 대개 베이스 이미지입니다. slim과 alpine 변형은 같은 인터프리터를 훨씬 가볍게 담고 있지만, alpine은 C 라이브러리가 다릅니다.',
    sections: [
      {
        heading: '전체 이미지, slim, alpine',
        paragraphs: [
          '기본 `python:3.13` 태그는 컴파일러, 헤더, 버전 관리 도구까지 들어 있는 전체 Debian 위에 만들어져 있어서, 거의 모든 패키지를 `pip install`로 바로 설치할 수 있습니다. 그 편리함의 대가가 디스크 1 GB 이상입니다.',
          '`python:3.13-slim`은 최소한의 Debian 위에 같은 Python을 올린 이미지입니다. 컴파일러와 헤더는 없지만 glibc는 같아서 같은 wheel이 그대로 설치됩니다. 대부분의 애플리케이션은 태그만 바꾸면 끝입니다. 추정기는 전체 이미지 버전을 {beforeSize}, slim 버전을 {afterSize}로 계산합니다({reduction} 감소).',
          '`pip install` 중에 컴파일이 필요하다면 빌더 스테이지에서 처리하고(멀티 스테이지 레슨 참고) 실행 이미지는 slim으로 유지하세요.',
        ],
      },
      {
        heading: 'Alpine과 musl: 바꾸기 전에 꼭 확인하세요',
        paragraphs: [
          '`python:3.13-alpine`은 더 작지만, Alpine은 glibc 대신 musl을 씁니다. glibc용으로 빌드된 wheel(`manylinux`)은 musl에서 로드되지 않아 pip는 `musllinux` wheel을 찾습니다. 패키지가 그런 wheel을 제공하지 않으면 pip는 조용히 소스를 내려받아 컴파일을 시도하고, 컴파일러가 없으면 실패하며 있더라도 빌드가 몇 분씩 걸립니다.',
          '요즘은 많이 쓰는 패키지 대부분이 musllinux wheel을 제공하지만 전부는 아닙니다. 또 musl의 작은 차이(DNS 조회, 로케일 처리, 스레드 스택 크기)가 가끔 동작을 바꾸기도 합니다. 아래 alpine 변형은 pip에게 wheel만 받도록 지시해서, wheel이 없으면 컴파일하는 대신 바로 빌드가 실패하게 합니다. 추정 크기는 {alt1Size}입니다.',
        ],
      },
      {
        heading: '믿을 수 있는 태그 고르기',
        paragraphs: [
          '어떤 변형을 고르든 버전을 명시하세요. `latest`나 태그 없는 이미지는 다시 빌드할 때 Python 버전이 바뀔 수 있습니다. Debian 릴리스까지(`-slim-trixie`) 적어 두면 C 라이브러리도 고정되어, 스테이지 사이에 컴파일된 파일을 복사할 때 안전합니다.',
        ],
      },
    ],
    beforeCaption: '전체 이미지: 컴파일러 포함',
    afterCaption: 'slim 이미지: 같은 Python, 같은 glibc',
    alternatives: [
      {
        title: 'Alpine 변형 (musl libc)',
        note: '더 작아지지만, 모든 의존성이 musllinux wheel을 제공할 때만 가능합니다. 바꾸기 전에 애플리케이션 전체를 이 이미지에서 테스트하세요.',
      },
    ],
    keyPoints: [
      '이미지의 대부분은 보통 베이스 이미지입니다. 베이스부터 고르세요.',
      '`-slim`은 glibc를 유지하므로 같은 wheel이 설치됩니다. 대개 단어 하나만 바꾸면 됩니다.',
      '`-alpine`은 musl을 씁니다. manylinux wheel이 맞지 않고, 소스 컴파일은 느리거나 실패합니다.',
      '`latest` 대신 버전(과 Debian 릴리스)을 고정하세요.',
    ],
  },
  distroless: {
    title: 'Distroless 이미지',
    summary:
      'Distroless 이미지는 런타임만 남기고 그 주변의 운영체제를 덜어 냅니다. 셸도 패키지 매니저도 없습니다. 원문 글은 한 걸음 더 나아가 scratch를 쓰는데, 그 방법은 쓰인 그대로는 동작하지 않습니다. 그 이유와 실제로 동작하는 방법을 살펴봅니다.',
    sections: [
      {
        heading: 'Distroless가 덜어 내는 것',
        paragraphs: [
          'Distroless 이미지에는 프로그램, 그 런타임, 그리고 모든 프로그램이 기대하는 몇 가지 파일만 들어 있습니다. C 라이브러리, 인증서, 시간대 정보, `/etc/passwd`, 쓰기 가능한 `/tmp`입니다. 셸도, `apt`도, `curl`도 없습니다. 내려받을 양이 줄고, 공격자가 침입하더라도 쓸 수 있는 도구가 훨씬 적습니다.',
          'Google의 이미지는 단계별로 나뉩니다. `static`(C 라이브러리 없음, CGO를 끈 Go처럼 완전히 정적인 바이너리용), `base`(glibc와 OpenSSL 추가), `cc`(libgcc와 libstdc++ 추가), 그리고 `python3` 같은 언어별 이미지(인터프리터 추가)가 있습니다. 모두 사용자 65532로 실행되는 `:nonroot` 태그가 있습니다.',
        ],
      },
      {
        heading: '원문 글의 scratch 이미지가 시작되지 않는 이유',
        paragraphs: [
          '원문 글은 `pyinstaller --onefile`로 프로그램을 실행 파일 하나로 묶고, 이를 빈 이미지인 `scratch`에 복사합니다. 빌드는 성공하고, 추정기도 이미지가 작다고 계산합니다({beforeSize}, 원문의 85 MB와 비슷합니다). 그런데 컨테이너를 시작하면 대개 “no such file or directory” 한 줄만 남기고 실패합니다.',
          '첫째, PyInstaller 실행 파일은 정적 바이너리가 아닙니다. 빌드한 이미지의 glibc에 동적으로 링크되어 있어서, 시작하려면 동적 로더 `/lib64/ld-linux-x86-64.so.2`와 `libc.so.6`이 필요합니다. `scratch`에는 C 라이브러리가 전혀 없으니 커널이 실행 파일을 불러오지도 못합니다. 오류 메시지가 말하는 없는 파일이 바로 이 로더입니다.',
          '둘째, one-file 실행 파일은 일종의 압축 파일입니다. 시작할 때 Python과 라이브러리를 임시 디렉터리에 풀고 거기서 실행합니다. `scratch`에는 `/tmp`가 없으므로, C 라이브러리가 있더라도 이 단계에서 실패합니다.',
          'Layerlab은 이 문제를 `pyinstaller-binary-without-libc`로 알려 줍니다(왼쪽 파일을 플레이그라운드에서 열어 확인해 보세요). 최적화기는 모든 프로필에서 이를 고칩니다. `scratch`를 Debian 13의 distroless `cc`로 바꿉니다. distroless가 아직 업데이트하는 릴리스는 Debian 13뿐입니다. Debian 12에서 빌드한 경우에도 괜찮습니다. 새 C 라이브러리는 예전 C 라이브러리로 빌드한 프로그램을 실행할 수 있지만, 그 반대는 안 되기 때문입니다.',
        ],
      },
      {
        heading: '동작하는 방법들',
        paragraphs: [
          '원문과 가장 가까운 방법: PyInstaller는 그대로 두고 `gcr.io/distroless/cc-debian13`에 배포합니다. 이 이미지에는 glibc, libstdc++, 쓰기 가능한 `/tmp`가 있습니다. 같은 Debian 릴리스(`-trixie`)나 그보다 오래된 릴리스에서 빌드해야 실행 파일이 런타임보다 새로운 glibc를 요구하지 않습니다. (distroless는 2026년 9월 1일부터 Debian 12 이미지를 더 이상 업데이트하지 않으니 `-debian13` 이름을 쓰세요.) 배포하기 전에 빌더에서 `ldd dist/inference`를 실행해 보세요. 목록에 나오는 라이브러리는 모두 런타임 이미지에 있어야 하고, 없는 것(예: zlib)은 COPY로 추가합니다. 추정 크기는 {afterSize}입니다. C 라이브러리 몫으로 수십 MB가 늘지만, 그 덕분에 이미지가 시작됩니다. 플레이그라운드의 Smallest 프로필은 distroless Python이 받을 수 없는 앱에 이 방식을 직접 써 주고, 믿기 전에 확인할 것도 알려 줍니다. 실행 중에 이름으로 가져오는 모듈과, Flask 템플릿처럼 `__file__` 옆에서 읽는 파일입니다. 원문의 여섯 줄 파일은 Python 3.9인데, 이 버전은 어떤 distroless 이미지에도 없고 2025년 10월에 지원이 끝났습니다. 그래서 Smallest는 이 파일에 이 방식을 씁니다. 플레이그라운드에 requirements.txt를 붙여 넣고 그 안에 버전을 고정한 패키지가 없으면, 최적화기는 Python 3.13으로 옮기는 변경도 제안합니다(검토가 필요하고 끌 수 있습니다). 그러면 Smallest는 아래의 방식을 씁니다.',
          '더 단순하고 대개 더 나은 방법: PyInstaller를 쓰지 않습니다. `gcr.io/distroless/python3-debian13`에는 이미 Python 3.13이 있으니, `python:3.13-slim-trixie` 빌더에서 `pip install --target`으로 패키지를 설치하고 `/usr/local/lib/python3.13/dist-packages`로 복사하면 됩니다. 이곳은 Debian의 Python이 표준 라이브러리 다음에 읽는 사이트 디렉터리입니다(`PYTHONPATH`에 두면 표준 라이브러리보다 앞에 오므로 `enum34` 같은 오래된 백포트가 진짜 모듈을 가릴 수 있습니다). 추정 크기는 {alt1Size}입니다. 이번 추정에서 묶은 실행 파일보다 큰 것은 주로 설치된 패키지를 압축하지 않은 크기로 세기 때문이고, 대신 디버깅할 묶음 단계가 없습니다.',
          '꼭 `scratch`여야 한다면: staticx처럼 C 라이브러리까지 실행 파일에 넣어 완전히 정적으로 만들고, 빌더에서 권한 1777인 빈 디렉터리를 복사해 `/tmp`를 직접 만들어 주세요. 동작은 하지만, 인증서와 시간대 정보를 포함해 베이스 이미지가 주던 모든 것을 직접 챙겨야 합니다. 워크숍에서는 distroless 이미지를 권합니다.',
        ],
      },
    ],
    beforeCaption: '원문 글의 방법: 빌드는 되지만 시작되지 않음',
    afterCaption: 'distroless/cc 위의 PyInstaller: 시작됨',
    alternatives: [
      {
        title: 'PyInstaller 없이: distroless/python3',
        note: '두 스테이지의 Python(3.13)과 Debian 릴리스가 같습니다. 패키지는 Debian 사이트 디렉터리에 있는 평범한 파일입니다.',
      },
    ],
    keyPoints: [
      'Distroless: 런타임과 라이브러리만 있고 셸과 패키지 매니저는 없습니다.',
      'scratch는 비어 있습니다. C 라이브러리도, /tmp도, 인증서도 없습니다.',
      'PyInstaller one-file 실행 파일에는 glibc와 쓰기 가능한 /tmp가 필요합니다. scratch 대신 distroless/cc나 base를 쓰세요.',
      '런타임과 같은 Debian 릴리스에서 빌드하고, 배포 전에 `ldd`로 확인하세요.',
    ],
  },
  security: {
    title: '보안 모범 사례',
    summary:
      '작은 이미지는 공격할 곳도 적습니다. 다섯 가지 습관으로 가장 흔한 구멍을 막을 수 있습니다. 일반 사용자로 실행하고, 빌드 재료를 고정하고, 비밀 값을 레이어에 남기지 않고, TLS 검증을 끄지 않고, 지원되는 버전을 쓰는 것입니다.',
    sections: [
      {
        heading: '일반 사용자로 실행하기',
        paragraphs: [
          '따로 지정하지 않으면 컨테이너는 root로 실행되고, 컨테이너 안의 root는 호스트의 root와 너무 가깝습니다. 마지막 스테이지의 마지막 사용자 설정으로 숫자 ID를 쓴 `USER`(`USER 10001:10001`)를 넣으세요. 숫자 ID는 `/etc/passwd`에 이름이 없어도 동작하고, Kubernetes가 `runAsNonRoot`로 검증할 수 있습니다.',
          'USER가 없는지 보는 Layerlab 규칙(`final-stage-without-user`)은 많은 베이스 이미지가 이미 사용자를 지정하기 때문에 기본으로 꺼져 있습니다. 직접 만드는 이미지에는 `--enable`로 켜세요.',
        ],
      },
      {
        heading: '빌드 재료 고정하기',
        paragraphs: [
          '태그는 움직이는 이름입니다. 버전과 Debian 릴리스를 구체적으로 적어(`python:3.12-slim-trixie`) 다시 빌드해도 결과를 예측할 수 있게 하고, 운영 환경에서는 다이제스트(`@sha256:...`)까지 고정해 같은 태그 아래에서 이미지가 바뀌지 않게 하세요. 업데이트는 Dependabot이나 Renovate 같은 봇이 제안하도록 맡기면 됩니다.',
          '지원이 끝난(EOL) 베이스 이미지는 보안 패치를 받지 못합니다. `python:3.8`은 2024년 10월, `python:3.9`는 2025년 10월에 지원이 끝났습니다. 원문 글의 예제는 3.9를 쓰지만, 이 레슨들은 모두 지원되는 버전으로 옮겼습니다.',
        ],
      },
      {
        heading: '비밀 값은 ARG나 ENV에 넣지 않기',
        paragraphs: [
          'ARG와 ENV 값은 이미지 메타데이터와 히스토리에 기록되어, 이미지를 pull할 수 있는 사람이라면 누구나 `docker history`나 `docker inspect`로 읽을 수 있습니다. 나중에 지워도 소용없습니다. 뒤의 레이어로 이미지를 줄일 수 없는 것과 같은 이유입니다.',
          '빌드할 때 필요한 자격 증명은 BuildKit 시크릿으로 넘기세요. `RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install ...`로 쓰면 그 명령이 실행되는 동안에만 파일이 존재합니다(`docker build --secret id=pipconf,src=pip.conf .`로 빌드). API 키 같은 실행 시점의 비밀 값은 컨테이너를 시작할 때 플랫폼에서 받아옵니다.',
        ],
      },
      {
        heading: '인증서 검증은 켜 두기',
        paragraphs: [
          '`curl -k`, `pip --trusted-host`, `PYTHONHTTPSVERIFY=0` 같은 설정은 어떤 인증서든 받아들이므로, 네트워크 경로에 있는 누구든 내려받는 파일을 바꿔치기할 수 있습니다. 인증서 때문에 다운로드가 실패한다면 검증을 끄지 말고 올바른 CA 인증서를 설치하세요. 내려받은 스크립트를 곧바로 `sh`에 넘기지도 마세요. 고정된 릴리스를 내려받아 체크섬을 확인한 뒤 실행합니다.',
          '추정기는 왼쪽 파일에서 {beforeIssues}개의 문제를 찾고, 오른쪽 파일에서는 보안 규칙이 하나도 걸리지 않습니다. 크기도 {beforeSize}에서 {afterSize}로 줄었습니다.',
        ],
      },
    ],
    beforeCaption: 'root 실행, 이미지 속 비밀 값, TLS 꺼짐, EOL 베이스',
    afterCaption: '일반 사용자, 버전 고정, 시크릿 마운트, TLS 켜짐',
    alternatives: [],
    keyPoints: [
      '마지막 스테이지는 숫자 ID의 일반 사용자 `USER`로 끝내세요.',
      '버전을 고정하고, 운영 환경에서는 다이제스트까지 고정하세요. EOL 베이스는 벗어나세요.',
      '빌드용 비밀 값은 ARG나 ENV가 아니라 `RUN --mount=type=secret`으로 넘기세요.',
      'TLS 검증은 절대 끄지 말고, 내려받은 파일은 체크섬으로 확인하세요.',
    ],
  },
};
