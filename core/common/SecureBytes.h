// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace relais {

// A byte buffer for secrets: allocated by libsodium (guard pages, locked in RAM, never swapped)
// and wiped when freed. Move-only so that a secret is never copied by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Takes the bytes of a temporary buffer and wipes the source in place.
    static SecureBytes takeFrom(QByteArray& source);
    static SecureBytes random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }
    bool equals(const SecureBytes& other) const;

    // Drops trailing CR/LF (a passphrase read from a file or a terminal line).
    void chompNewline();
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray / QString holding a secret that had to pass through Qt types.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace relais
