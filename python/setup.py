"""Builds tfgt's C sources (../lib, ../transforms) into the extension
tfgt._native, against the system protobuf-c and libyaml (pkg-config).
protoc-c turns ../proto/*.proto into C first, as the autotools build does."""
import glob
import os
import re
import shutil
import subprocess

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.relpath(os.path.dirname(HERE), HERE)  # the source tree, relative
GEN = os.path.join("build", "tfgt-generated")


def version():
    with open(os.path.join(HERE, "..", "configure.ac")) as f:
        return re.search(r"AC_INIT\(\[tfgt\], \[([^\]]+)\]", f.read()).group(1)


def pkg_config(flag, *packages):
    out = subprocess.run(["pkg-config", flag, *packages], check=True, capture_output=True,
                         text=True).stdout
    return out.split()


def generate():
    """protoc-c output and config.h into build/tfgt-generated."""
    os.makedirs(GEN, exist_ok=True)
    protos = sorted(glob.glob(os.path.join(TOP, "proto", "*.proto")))
    shipped = [p[:-6] + ".pb-c.c" for p in protos]
    if all(os.path.exists(s) for s in shipped):  # a release tarball ships them
        for s in shipped:
            for ext in (".c", ".h"):
                shutil.copy(s[:-2] + ext, GEN)
    else:
        subprocess.run(["protoc-c", "--c_out=" + GEN, "-I" + os.path.join(TOP, "proto")]
                       + protos, check=True)
    with open(os.path.join(GEN, "config.h"), "w") as f:
        f.write('#define PACKAGE_VERSION "%s"\n' % version())
        # bare recipe names resolve through $TFGT_RECIPE_PATH, which the
        # Python package points at its own copy (tfgt/__init__.py)
        f.write('#define TFGT_RECIPE_DIR "/usr/share/tfgt/recipes"\n')


def sources():
    files = []
    for pattern in ("lib/*.c", "lib/kernels/*.c", "transforms/*.c"):
        files += sorted(glob.glob(os.path.join(TOP, pattern)))
    return files


class BuildExt(build_ext):
    def run(self):
        generate()
        ext = self.extensions[0]
        ext.sources = ext.sources[:1] + sources() + sorted(
            glob.glob(os.path.join(GEN, "*.pb-c.c")))
        super().run()


class BuildPy(build_py):
    """Ship the recipes inside the package."""

    def run(self):
        super().run()
        target = os.path.join(self.build_lib, "tfgt", "recipes")
        os.makedirs(target, exist_ok=True)
        for recipe in glob.glob(os.path.join(TOP, "transforms", "recipes", "*.yaml")):
            shutil.copy(recipe, target)


native = Extension(
    "tfgt._native",
    sources=["src/tfgt/_native.c"],
    include_dirs=[GEN, os.path.join(TOP, "lib"), os.path.join(TOP, "proto")],
    extra_compile_args=["-std=c11", "-Wall", "-Wextra", "-Wno-missing-field-initializers",
                        "-Wno-missing-braces", "-pthread"]
    + pkg_config("--cflags", "libprotobuf-c", "yaml-0.1"),
    extra_link_args=["-pthread"] + pkg_config("--libs", "libprotobuf-c", "yaml-0.1") + ["-lm"],
)

setup(version=version(), ext_modules=[native], cmdclass={"build_ext": BuildExt, "build_py": BuildPy})
