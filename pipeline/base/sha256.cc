#include "base/sha256.h"

#include <Poco/Crypto/DigestEngine.h>

namespace kefu {

std::string Sha256Hex(std::string_view bytes) {
  Poco::Crypto::DigestEngine engine("SHA256");
  engine.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace kefu
