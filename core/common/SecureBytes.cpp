// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SecureBytes.h"

#include "common/Sodium.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

#include <cstring>
#include <new>

namespace relais {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(const void* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out(source.constData(), std::size_t(source.size()));
    wipe(source);
    return out;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    randombytes_buf(out.data(), size);
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::chompNewline()
{
    while (m_size > 0 && (m_data[m_size - 1] == '\n' || m_data[m_size - 1] == '\r')) {
        m_data[m_size - 1] = 0;
        --m_size;  // the allocation keeps its size; sodium_free knows it
    }
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data);  // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace relais
