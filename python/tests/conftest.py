import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))


def models_dir():
    path = os.environ.get("TFGT_MODELS_DIR") or os.path.join(TOP, "..", "shared", "models")
    return path if os.path.isdir(path) else None


@pytest.fixture
def example_path():
    return os.path.join(TOP, "tests", "data", "example_cnn.pb")


@pytest.fixture
def mobilenet_dir():
    d = models_dir()
    if d is None:
        pytest.skip("SKIP: no models folder (../shared/models or $TFGT_MODELS_DIR)")
    return os.path.join(d, "mobilenet_v1_0.25_224")
