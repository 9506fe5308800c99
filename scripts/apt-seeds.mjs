// Packages that real Dockerfiles install most often (hand-picked from common official-image
// Dockerfiles, buildpack-deps and popular tutorials). The generator records these plus every
// package reachable from them, so the estimator can resolve closures from the table alone.
export const SEEDS = `
build-essential gcc g++ make cmake pkg-config autoconf automake libtool patch dpkg-dev file
curl wget git ca-certificates gnupg gnupg2 dirmngr lsb-release apt-transport-https software-properties-common
python3 python3-pip python3-dev python3-venv python3-setuptools python3-wheel python3-full python-is-python3
python3-numpy python3-psycopg2 python3-yaml python3-requests
libpq-dev libpq5 libssl-dev libffi-dev zlib1g-dev libjpeg-dev libpng-dev libxml2-dev libxslt1-dev libyaml-dev
libbz2-dev liblzma-dev libreadline-dev libsqlite3-dev libncurses5-dev libncursesw5-dev libgdbm-dev libdb-dev
libcurl4-openssl-dev libkrb5-dev libgmp-dev libevent-dev libglib2.0-dev libmagickwand-dev libmagickcore-dev
libwebp-dev libmaxminddb-dev default-libmysqlclient-dev libmariadb-dev libmariadb-dev-compat libsasl2-dev libldap2-dev
libboost-all-dev libboost-dev libopenblas-dev liblapack-dev libblas-dev gfortran libhdf5-dev libsndfile1 libsndfile1-dev
libgl1 libgl1-mesa-glx libglib2.0-0 libsm6 libxext6 libxrender1 libxrender-dev libgomp1 libgtk-3-0 libnss3 libasound2
libx11-xcb1 libxcomposite1 libxdamage1 libxrandr2 libgbm1 libatk-bridge2.0-0 libcups2 libdrm2 libxkbcommon0 libpango-1.0-0
libfontconfig1 libfreetype6 libfreetype6-dev fonts-liberation fonts-dejavu-core fontconfig xvfb
libopencv-dev python3-opencv libtesseract-dev tesseract-ocr tesseract-ocr-eng poppler-utils ghostscript
libavcodec-dev libavformat-dev libswscale-dev ffmpeg imagemagick graphviz libvips libvips-dev
default-jdk default-jre default-jdk-headless default-jre-headless openjdk-17-jdk openjdk-17-jre openjdk-17-jdk-headless openjdk-17-jre-headless maven gradle ant
nodejs npm yarnpkg ruby ruby-dev ruby-full bundler php php-cli php-fpm php-mysql php-pgsql php-curl php-gd php-mbstring php-xml php-zip composer
golang-go rustc cargo perl cpanminus lua5.3 r-base r-base-dev
vim vim-tiny nano less emacs-nox unzip zip bzip2 xz-utils p7zip-full tar rsync
locales tzdata locales-all
postgresql-client postgresql default-mysql-client mariadb-client mariadb-server redis-server redis-tools sqlite3 libsqlite3-0 mongodb-clients
openssh-client openssh-server sudo supervisor cron nginx apache2 apache2-utils haproxy
procps iputils-ping netcat-openbsd netcat-traditional net-tools iproute2 dnsutils telnet traceroute tcpdump lsof strace htop psmisc
jq gosu tini dumb-init gettext-base gettext moreutils tree time bash-completion
unixodbc unixodbc-dev freetds-dev libaio1 libnuma1 libcap2-bin libcap-dev libseccomp-dev
gcc-multilib clang llvm lld gdb valgrind ccache ninja-build meson bison flex swig nasm yasm
git-lfs mercurial subversion openssl libssl3 libcurl4 netbase iptables ipset kmod
wkhtmltopdf chromium chromium-driver firefox-esr xauth x11vnc
awscli python3-boto3 docker.io
libzmq3-dev libsodium-dev libpcre3-dev libpcre2-dev libedit-dev libuuid1 uuid-dev libexpat1-dev libtiff-dev liblcms2-dev libopenjp2-7-dev libharfbuzz-dev libfribidi-dev
libgeos-dev libproj-dev gdal-bin libgdal-dev libspatialite-dev binutils
librdkafka-dev libsnappy-dev liblz4-dev libzstd-dev
libtinfo6 libncursesw6 libreadline8 libffi8 libgdbm6 libexpat1 libbz2-1.0 liblzma5 zlib1g libatomic1 libstdc++6 libgcc-s1 libc6-dev linux-libc-dev
bash coreutils findutils grep sed gawk mawk diffutils util-linux passwd adduser debianutils
`.split(/\s+/).filter(Boolean);

/**
 * Packages that official images add on top of debian:<suite>-slim, from their Dockerfiles in
 * docker-library (buildpack-deps Dockerfile.template curl/scm/full variants; python and node
 * slim Dockerfiles keep the runtime libraries their build links to). Recalled from the
 * upstream Dockerfiles (docker-library/buildpack-deps, docker-library/python, nodejs/docker-node).
 */
export const BUILDPACK_CURL = 'ca-certificates curl gnupg netbase wget'.split(' ');
export const BUILDPACK_SCM = 'git mercurial openssh-client subversion procps'.split(' ');
export const BUILDPACK_FULL = `autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick
libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev
libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev
libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev
libxslt1-dev libyaml-dev make patch unzip xz-utils zlib1g-dev`.split(/\s+/).filter(Boolean);
export const PYTHON_SLIM = `ca-certificates netbase tzdata libbz2-1.0 libexpat1 libffi8 libgdbm6 liblzma5
libncursesw6 libreadline8 libsqlite3-0 libssl3 libuuid1 zlib1g`.split(/\s+/).filter(Boolean);
export const NODE_SLIM = ['libatomic1'];
